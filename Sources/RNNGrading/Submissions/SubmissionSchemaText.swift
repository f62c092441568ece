// The submission schema, embedded so that the executable needs no resource files.
// It must stay byte-identical to Rubrics/submission.xsd (SubmissionSchemaTests checks); after editing
// that file, regenerate this one with `python3 scripts/embed-schema.py`.

/// The text of `Rubrics/submission.xsd`, submission format version 1.
let submissionSchemaText = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  rnngrade submission format, version 1.  Documented for students in docs/submission-format.md.
  One <submission> per file: the student's answers to one assignment, one <answer> per part
  (or per design parameter).  The answers themselves are read by rnngrade after schema
  validation, with a caret under the offending character.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:s="urn:rnngrade:submission:1"
           targetNamespace="urn:rnngrade:submission:1"
           elementFormDefault="qualified">

  <!-- A part label: problem.part (1.a), problem.param (5.W_h) or problem.part.param (5.a.W_h);
       with a param attribute, part may name the problem alone (part="5" param="W_h"). -->
  <xs:simpleType name="Label">
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,2}"/>
    </xs:restriction>
  </xs:simpleType>
  <!-- A design parameter's name, as in the rubric (W_h, b, c0). -->
  <xs:simpleType name="Name">
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z][A-Za-z0-9_]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:element name="submission">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="answer" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attribute name="part" type="s:Label" use="required"/>
                <xs:attribute name="param" type="s:Name"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="assignment" type="xs:string"/>
      <xs:attribute name="student" type="xs:string"/>
      <xs:attribute name="name" type="xs:string"/>
      <xs:attribute name="version" type="xs:string" fixed="1"/>
    </xs:complexType>
  </xs:element>
</xs:schema>

"""#
