// The rubric schema, embedded so that the executable needs no resource files.
// It must stay byte-identical to Rubrics/rubric.xsd (RubricSchemaTests checks); after editing
// that file, regenerate this one with `python3 scripts/embed-schema.py`.

/// The text of `Rubrics/rubric.xsd`, rubric format version 1.
let rubricSchemaText = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  rnngrade rubric format, version 1.  Documented for instructors in docs/rubric-format.md.
  One <assignment> per file: problems with parts, recurrent models the parts ask about,
  grading rules, and self-tests.  Expressions (equations, asks, values) are checked by
  rnngrade after schema validation, with a caret under the offending character.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:r="urn:rnngrade:rubric:1"
           targetNamespace="urn:rnngrade:rubric:1"
           elementFormDefault="qualified">

  <!-- ===== simple types ===== -->
  <xs:simpleType name="Id">
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z0-9][A-Za-z0-9_\-]*"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Name">
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z][A-Za-z0-9_]*"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="NameList">
    <xs:list itemType="r:Name"/>
  </xs:simpleType>
  <xs:simpleType name="IdList">
    <xs:list itemType="r:Id"/>
  </xs:simpleType>
  <xs:simpleType name="Expression">
    <xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Credit">
    <xs:restriction base="xs:decimal">
      <xs:minInclusive value="0"/><xs:maxInclusive value="1"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Points">
    <xs:restriction base="xs:decimal"><xs:minInclusive value="0"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="ToleranceMode">
    <xs:restriction base="xs:string">
      <xs:enumeration value="relative"/>
      <xs:enumeration value="sigfigs"/>
      <xs:enumeration value="decimals"/>
      <xs:enumeration value="exact"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Cell">
    <xs:restriction base="xs:string">
      <xs:enumeration value="elman"/>
      <xs:enumeration value="lstm"/>
      <xs:enumeration value="gru"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Convention">
    <xs:restriction base="xs:string">
      <xs:enumeration value="pytorch"/>
      <xs:enumeration value="keras"/>
      <xs:enumeration value="textbook"/>
      <xs:enumeration value="chung"/>
      <xs:enumeration value="peephole"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="CellLayout">
    <xs:restriction base="xs:string">
      <xs:enumeration value="columns"/>
      <xs:enumeration value="rows"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="CellBiases">
    <xs:restriction base="xs:string">
      <xs:enumeration value="one"/>
      <xs:enumeration value="two"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="TimeOrigin">
    <xs:restriction base="xs:string">
      <xs:enumeration value="0"/>
      <xs:enumeration value="1"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="ActivationFunction">
    <xs:restriction base="xs:string">
      <xs:enumeration value="identity"/>
      <xs:enumeration value="sigmoid"/>
      <xs:enumeration value="tanh"/>
      <xs:enumeration value="relu"/>
      <xs:enumeration value="step"/>
      <xs:enumeration value="softmax"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Domain">
    <xs:restriction base="xs:string">
      <xs:enumeration value="real"/>
      <xs:enumeration value="integer"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="OutputReading">
    <xs:restriction base="xs:string">
      <xs:enumeration value="exact"/>
      <xs:enumeration value="threshold"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="DrawKind">
    <xs:restriction base="xs:string">
      <xs:enumeration value="integer"/>
      <xs:enumeration value="decimal"/>
      <xs:enumeration value="choice"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="ValueStyle">
    <xs:restriction base="xs:string">
      <xs:enumeration value="fraction"/>
      <xs:enumeration value="decimal"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- ===== grading rules ===== -->
  <xs:complexType name="Tolerance">
    <xs:attribute name="mode" type="r:ToleranceMode" default="relative"/>
    <xs:attribute name="rel" type="xs:double"/>
    <xs:attribute name="abs" type="xs:double"/>
    <xs:attribute name="digits" type="xs:positiveInteger"/>
  </xs:complexType>
  <xs:complexType name="FollowThrough">
    <xs:attribute name="credit" type="r:Credit" use="required"/>
  </xs:complexType>
  <xs:complexType name="Mistake">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="ask" type="r:Expression" use="required"/>
        <xs:attribute name="model" type="r:Id"/>
        <xs:attribute name="credit" type="r:Credit" use="required"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <!-- The solver's work budget; each attribute raises (or lowers) one limit. docs/limits.md -->
  <xs:simpleType name="BudgetLimit">
    <xs:restriction base="xs:positiveInteger">
      <xs:maxInclusive value="1000000000000"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:complexType name="Budget">
    <xs:attribute name="exact-bits" type="r:BudgetLimit"/>
    <xs:attribute name="graph-nodes" type="r:BudgetLimit"/>
    <xs:attribute name="matrix-size" type="r:BudgetLimit"/>
    <xs:attribute name="design-sequences" type="r:BudgetLimit"/>
    <xs:attribute name="formula-samples" type="r:BudgetLimit"/>
    <xs:attribute name="data-work" type="r:BudgetLimit"/>
    <xs:attribute name="design-steps" type="r:BudgetLimit"/>
  </xs:complexType>
  <xs:complexType name="Defaults">
    <xs:sequence>
      <xs:element name="tolerance" type="r:Tolerance" minOccurs="0"/>
      <xs:element name="follow-through" type="r:FollowThrough" minOccurs="0"/>
      <xs:element name="budget" type="r:Budget" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="reveal" type="xs:boolean" default="false"/>
    <xs:attribute name="per-element" type="xs:boolean" default="true"/>
  </xs:complexType>

  <!-- ===== models ===== -->
  <!-- A value drawn per student (docs/variants.md): every entry from min, min+step, ..., max
       (draw="integer" or "decimal") or from the list in from="..." (draw="choice"), never one of
       exclude="...". Numbers are exact: decimals or fractions such as 1/3. The element's own
       value/values stay the fixed variant's data. -->
  <xs:attributeGroup name="Draw">
    <xs:attribute name="draw" type="r:DrawKind"/>
    <xs:attribute name="min" type="xs:string"/>
    <xs:attribute name="max" type="xs:string"/>
    <xs:attribute name="step" type="xs:string"/>
    <xs:attribute name="from" type="xs:string"/>
    <xs:attribute name="exclude" type="xs:string"/>
  </xs:attributeGroup>
  <xs:complexType name="Param">
    <xs:attribute name="name" type="r:Name" use="required"/>
    <xs:attribute name="value" type="r:Expression"/>
    <xs:attribute name="free" type="xs:boolean" default="false"/>
    <xs:attribute name="shape" type="xs:string"/>
    <xs:attribute name="default" type="r:Expression"/>
    <xs:attributeGroup ref="r:Draw"/>
  </xs:complexType>
  <xs:complexType name="Activation">
    <xs:attribute name="name" type="r:Name" use="required"/>
    <xs:attribute name="function" type="r:ActivationFunction" use="required"/>
    <xs:attribute name="threshold" type="r:Expression"/>
    <xs:attribute name="strict" type="xs:boolean" default="false"/>
  </xs:complexType>
  <xs:complexType name="State">
    <xs:attribute name="name" type="r:Name" use="required"/>
    <xs:attribute name="initial" type="r:Expression" use="required"/>
  </xs:complexType>
  <xs:complexType name="Sequence">
    <xs:attribute name="name" type="r:Name" use="required"/>
    <!-- Without values, the sequence is supplied when the model is run (design parts). -->
    <xs:attribute name="values" type="r:Expression"/>
    <!-- With draw: the shape of each step's drawn value (default a scalar). -->
    <xs:attribute name="shape" type="xs:string"/>
    <xs:attributeGroup ref="r:Draw"/>
  </xs:complexType>
  <!-- A condition every drawn variant must meet: the value of ask below, above, or never equal
       to a number (every element, for a matrix). -->
  <xs:complexType name="Require">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="ask" type="r:Expression" use="required"/>
        <xs:attribute name="below" type="xs:string"/>
        <xs:attribute name="above" type="xs:string"/>
        <xs:attribute name="not" type="xs:string"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <!-- Assignment lines of a numpy test cell (x = np.linspace(...).reshape(N, D)); each name
       assigned becomes a parameter of the model. A safe subset, read and never executed. -->
  <xs:simpleType name="NumpyDataText">
    <xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction>
  </xs:simpleType>
  <!-- draw="seeds": in each student's variant every np.random.seed(s) line starts from a seed
       drawn for that student (docs/variants.md); the fixed variant keeps the written seeds. -->
  <xs:complexType name="NumpyData">
    <xs:simpleContent>
      <xs:extension base="r:NumpyDataText">
        <xs:attribute name="draw">
          <xs:simpleType>
            <xs:restriction base="xs:string"><xs:enumeration value="seeds"/></xs:restriction>
          </xs:simpleType>
        </xs:attribute>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="Quantity">
    <xs:simpleContent>
      <xs:extension base="r:Expression">
        <xs:attribute name="name" type="r:Name" default="L"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="Claim">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="left" type="r:Expression" use="required"/>
        <xs:attribute name="right" type="r:Expression" use="required"/>
        <!-- holds="false": the statement is known to be false (a misprint the course kept);
             verify reports it as a note instead of failing. -->
        <xs:attribute name="holds" type="xs:boolean" default="true"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="Model">
    <xs:sequence>
      <xs:choice minOccurs="0" maxOccurs="unbounded">
        <xs:element name="param" type="r:Param"/>
        <xs:element name="activation" type="r:Activation"/>
        <xs:element name="state" type="r:State"/>
        <xs:element name="input" type="r:Sequence"/>
        <xs:element name="target" type="r:Sequence"/>
        <xs:element name="equation" type="r:Expression"/>
        <xs:element name="loss" type="r:Quantity"/>
        <xs:element name="quantity" type="r:Quantity"/>
        <xs:element name="claim" type="r:Claim"/>
        <xs:element name="data" type="r:NumpyData"/>
        <xs:element name="require" type="r:Require"/>
      </xs:choice>
    </xs:sequence>
    <xs:attribute name="id" type="r:Id" use="required"/>
    <!-- A variant of an earlier model of the same problem: everything of that model, with the
         parameters, states, sequences, equations and quantities given here replacing theirs by name. -->
    <xs:attribute name="extends" type="r:Id"/>
    <xs:attribute name="cell" type="r:Cell"/>
    <xs:attribute name="convention" type="r:Convention" default="pytorch"/>
    <xs:attribute name="input-size" type="xs:positiveInteger"/>
    <xs:attribute name="hidden-size" type="xs:positiveInteger"/>
    <xs:attribute name="reset-after" type="xs:boolean" default="true"/>
    <!-- Preset options (docs/rubric-format.md, "Preset options"): vectors as columns or batch
         rows; the stacking order of the gates ("i,f,o,g"); one or two biases per gate; stacked
         layers (names suffixed _l0, _l1, ...); steps counted from 1 or from 0. -->
    <xs:attribute name="layout" type="r:CellLayout" default="columns"/>
    <xs:attribute name="gate-order" type="xs:string"/>
    <xs:attribute name="bias" type="r:CellBiases"/>
    <xs:attribute name="layers" type="xs:positiveInteger"/>
    <xs:attribute name="time-origin" type="r:TimeOrigin" default="1"/>
  </xs:complexType>

  <!-- ===== answers ===== -->
  <xs:complexType name="Computed">
    <xs:attribute name="ask" type="r:Expression"/>
    <xs:attribute name="key" type="xs:string"/>
  </xs:complexType>
  <xs:complexType name="Option">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="id" type="r:Id" use="required"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="Choice">
    <xs:sequence>
      <xs:element name="option" type="r:Option" minOccurs="2" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="key" type="r:IdList"/>
    <xs:attribute name="ask" type="r:Expression"/>
    <xs:attribute name="penalty" type="r:Credit"/>
  </xs:complexType>
  <xs:complexType name="Formula">
    <xs:attribute name="key" type="r:Expression" use="required"/>
    <xs:attribute name="variables" type="r:NameList" use="required"/>
    <xs:attribute name="domain" type="r:Domain" default="real"/>
    <xs:attribute name="low" type="xs:double" default="-2"/>
    <xs:attribute name="high" type="xs:double" default="2"/>
    <xs:attribute name="points" type="xs:positiveInteger" default="20"/>
  </xs:complexType>
  <xs:complexType name="Case">
    <xs:attribute name="input" type="r:Expression" use="required"/>
    <xs:attribute name="output" type="r:Expression" use="required"/>
  </xs:complexType>
  <xs:complexType name="Design">
    <xs:sequence>
      <xs:choice maxOccurs="unbounded">
        <xs:element name="case" type="r:Case"/>
        <xs:element name="expect" type="r:Expression"/>
        <xs:element name="reference" type="r:Id"/>
      </xs:choice>
    </xs:sequence>
    <xs:attribute name="model" type="r:Id" use="required"/>
    <xs:attribute name="free" type="r:NameList" use="required"/>
    <xs:attribute name="output" type="r:Name" use="required"/>
    <xs:attribute name="alphabet" type="r:Expression" use="required"/>
    <xs:attribute name="max-length" type="xs:positiveInteger"/>
    <xs:attribute name="random" type="xs:nonNegativeInteger" default="200"/>
    <xs:attribute name="random-length" type="xs:positiveInteger" default="40"/>
    <xs:attribute name="seed" type="xs:nonNegativeInteger" default="1"/>
    <xs:attribute name="read" type="r:OutputReading" default="exact"/>
    <xs:attribute name="threshold" type="xs:double" default="0.5"/>
    <xs:attribute name="margin" type="xs:double" default="0"/>
  </xs:complexType>
  <xs:complexType name="Manual">
    <xs:simpleContent>
      <xs:extension base="xs:string"/>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="Part">
    <xs:sequence>
      <xs:element name="prompt" type="xs:string" minOccurs="0"/>
      <xs:choice>
        <xs:element name="number" type="r:Computed"/>
        <xs:element name="vector" type="r:Computed"/>
        <xs:element name="matrix" type="r:Computed"/>
        <xs:element name="interval" type="r:Computed"/>
        <xs:element name="choice" type="r:Choice"/>
        <xs:element name="multiple-choice" type="r:Choice"/>
        <xs:element name="formula" type="r:Formula"/>
        <xs:element name="design" type="r:Design"/>
        <xs:element name="manual" type="r:Manual"/>
      </xs:choice>
      <xs:element name="tolerance" type="r:Tolerance" minOccurs="0"/>
      <xs:element name="follow-through" type="r:FollowThrough" minOccurs="0"/>
      <xs:element name="mistake" type="r:Mistake" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="r:Id" use="required"/>
    <xs:attribute name="points" type="r:Points" use="required"/>
    <xs:attribute name="model" type="r:Id"/>
    <xs:attribute name="reveal" type="xs:boolean"/>
    <xs:attribute name="per-element" type="xs:boolean"/>
  </xs:complexType>

  <xs:complexType name="Problem">
    <xs:sequence>
      <xs:element name="prompt" type="xs:string" minOccurs="0"/>
      <xs:element name="model" type="r:Model" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="part" type="r:Part" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="r:Id" use="required"/>
    <xs:attribute name="title" type="xs:string"/>
    <!-- The points the assignment sheet announces for the problem; verify checks the parts add up to it. -->
    <xs:attribute name="points" type="r:Points"/>
  </xs:complexType>

  <!-- ===== per-student variants ===== -->
  <!-- Where the secret salt is (a file relative to the rubric, or an environment variable; the
       CLI's salt-file option wins), how many draws a variant may take, the most decimal digits
       any key may have, and how drawn values print in prompts ({W}, {x[2]}, {W:fraction}). -->
  <xs:complexType name="Variants">
    <xs:attribute name="salt-file" type="xs:string"/>
    <xs:attribute name="salt-env" type="r:Name"/>
    <xs:attribute name="tries" type="xs:positiveInteger" default="1000"/>
    <xs:attribute name="key-decimals" type="xs:nonNegativeInteger"/>
    <xs:attribute name="style" type="r:ValueStyle" default="decimal"/>
  </xs:complexType>

  <!-- ===== the self-check server ===== -->
  <!-- How `rnngrade serve` offers the assignment (docs/self-check.md): at most checks-per-hour
       checks per student in any hour, and no checks from the time closes on (ISO 8601 with its
       offset, for example 2026-12-01T23:59:00+01:00 or 2026-12-01T22:59:00Z). -->
  <xs:complexType name="SelfCheck">
    <xs:attribute name="checks-per-hour" type="xs:positiveInteger"/>
    <xs:attribute name="closes" type="xs:dateTime"/>
  </xs:complexType>

  <!-- ===== self-tests ===== -->
  <xs:complexType name="Answer">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="part" type="xs:string" use="required"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  <xs:complexType name="Sample">
    <xs:sequence>
      <xs:element name="answer" type="r:Answer" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="r:Id" use="required"/>
    <xs:attribute name="score" type="xs:decimal" use="required"/>
  </xs:complexType>
  <xs:complexType name="SelfTest">
    <xs:sequence>
      <xs:element name="sample" type="r:Sample" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

  <xs:element name="assignment">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="defaults" type="r:Defaults" minOccurs="0"/>
        <xs:element name="variants" type="r:Variants" minOccurs="0"/>
        <xs:element name="self-check" type="r:SelfCheck" minOccurs="0"/>
        <xs:element name="problem" type="r:Problem" maxOccurs="unbounded"/>
        <xs:element name="self-test" type="r:SelfTest" minOccurs="0"/>
      </xs:sequence>
      <xs:attribute name="id" type="r:Id" use="required"/>
      <xs:attribute name="title" type="xs:string" use="required"/>
      <xs:attribute name="version" type="xs:string" fixed="1"/>
    </xs:complexType>
  </xs:element>
</xs:schema>

"""#
