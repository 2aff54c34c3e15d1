/// Writes a file that holds personal data (an export of requests, reading
/// positions): mode 0600 whatever the umask, replaced crash-safely so a
/// half-written file never sits where the finished one should be.
public enum PrivateFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        try DurableFile.replace(path, with: bytes, mode: 0o600)
    }
}
