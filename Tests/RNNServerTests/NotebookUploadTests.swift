import Foundation
import RNNServer
import Testing

/// The answer files a notebook saves (np.savez, json.dump; the end-to-end fixtures made with
/// real numpy by Tests/EndToEndTests/Fixtures/numpy-answers/make_answer_files.py) are read on
/// the page as `check` reads them: the same verdicts as the same answers typed in a sheet.
@Suite struct NotebookUploadTests {
    static let fixtures = TestServer.root.appendingPathComponent("Tests/EndToEndTests/Fixtures/numpy-answers")

    @Test func npzAndJSONUploadsGradeAsTheSheet() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            var verdicts: [[String: String]] = []
            for name in ["ada.txt", "ada.npz", "ada.json"] {
                let file = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
                let reply = try await RawHTTP.upload(server.port, "/a/sysu-dl-hw3/check", file: file, name: name)
                #expect(reply.status == 200, "\(name)")
                // 7.5 of 10 by hand from the rubric (as NumpyAnswerFileTests): 2.c's known mistake
                // (1.5), 2.d, 2.f, 3.b (2), 3.c (2); 2.e wrong.
                #expect(reply.text.contains("Auto-graded so far: 7.5 of 10 points."), "\(name)")
                verdicts.append(TestServer.verdicts(in: reply.text))
            }
            #expect(verdicts[0].count == 11)
            #expect(verdicts[1] == verdicts[0])
            #expect(verdicts[2] == verdicts[0])
        }
    }

    @Test func theUploadFieldOffersNpzAndJSON() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            let page = try await RawHTTP.get(server.port, "/a/sysu-dl-hw3")
            #expect(page.text.contains("accept=\".txt,.xml,.npz,.json,"))
        }
    }

    @Test func aDamagedNpzIsUnreadableWithAReason() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            var file = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("ada.npz")))
            file = Array(file.prefix(file.count / 2))
            let reply = try await RawHTTP.upload(server.port, "/a/sysu-dl-hw3/check", file: file, name: "ada.npz")
            #expect(reply.status == 200)
            #expect(reply.text.contains("Your file could not be read:"))
            #expect(reply.text.contains("np.savez"))
            #expect(try await RawHTTP.get(server.port, "/health").status == 200)
        }
    }
}
