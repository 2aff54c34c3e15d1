public enum PamphletVersion {
    public static let string = "0.1.0"
}
