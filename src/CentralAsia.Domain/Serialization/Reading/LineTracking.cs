namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>Whether a read records where each error is, to give it a line number.</summary>
internal enum LineTracking
{
    /// <summary>Inside a caller's serializer: the caller owns the text and System.Text.Json gives the position.</summary>
    Off,

    /// <summary>A document of the library's own: each error gets the 1-based line of its value.</summary>
    On,
}
