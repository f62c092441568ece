import Foundation
import ZIPFoundation

/// The arrays of an `.npz` file, the zip archive `np.savez` and `np.savez_compressed` write:
/// one `NAME.npy` member per array, in the archive's order.
///
/// The archive is untrusted: the sizes its directory declares are checked against
/// ``largestUncompressed`` before anything is inflated, and the bytes actually inflated are
/// counted again while inflating, so a zip bomb (a small file that inflates to gigabytes, or
/// one whose directory lies about its sizes) is refused after at most that many bytes.
enum NumpyArchive {
    /// The most bytes all members may inflate to together: the size limit of a submission.
    static var largestUncompressed: Int { SubmissionReader.maxBytes }

    /// The members' names (without `.npy`) and arrays; a member that is not a readable array
    /// refuses the whole file, naming the member.
    static func arrays(in bytes: [UInt8]) throws(NumpyFileError) -> [(name: String, array: NumpyArray)] {
        // ZIPFoundation's in-memory archives trap when a damaged directory points past the end
        // of the data (Archive.MemoryFile.readData); reads from a file just come up short. So
        // the bytes go through a private temporary file, removed before returning.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rnngrade-\(UUID().uuidString).npz")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw NumpyFileError("this .npz file cannot be unpacked here (no temporary folder to write to); ask your teacher")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let archive: Archive
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw NumpyFileError("this .npz file is not a zip archive numpy can read; save your answers again with np.savez")
        }
        let entries = Array(archive).filter { $0.type == .file }
        let declared = entries.reduce(UInt64(0)) { $0 &+ $1.uncompressedSize }
        guard declared <= UInt64(largestUncompressed), entries.allSatisfy({ $0.uncompressedSize <= UInt64(largestUncompressed) }) else {
            throw tooLarge
        }
        var arrays: [(name: String, array: NumpyArray)] = []
        var inflated = 0
        for entry in entries {
            guard entry.path.hasSuffix(".npy") else {
                throw NumpyFileError("the archive member ‘\(entry.path)’ is not a numpy array (.npy); save your answers with np.savez")
            }
            var data: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    inflated += chunk.count
                    guard inflated <= largestUncompressed else { throw tooLarge }
                    data += chunk
                }
            } catch let error as NumpyFileError {
                throw error
            } catch {
                throw NumpyFileError("the archive member ‘\(entry.path)’ cannot be unpacked (\(error)); save your answers again with np.savez")
            }
            do {
                arrays.append((String(entry.path.dropLast(4)), try NumpyArray(npy: data)))
            } catch {
                throw NumpyFileError("\(entry.path): \(error.message)")
            }
        }
        return arrays
    }

    /// The error for an archive that inflates beyond ``largestUncompressed``.
    private static var tooLarge: NumpyFileError {
        NumpyFileError("the arrays in this .npz file unpack to more than \(largestUncompressed) bytes (a submission may have at most \(largestUncompressed)): save only your answers")
    }
}
