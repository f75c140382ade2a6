using System;
using System.Text.Json;
using CentralAsia.Domain.Serialization.Converters;
using CentralAsia.Domain.Serialization.Reading;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// The reader and writer the facade uses for <typeparamref name="T"/>: those of its converter in
/// <see cref="JsonTypes"/>; null for a type the library has no converter for.
/// </summary>
internal static class JsonFormat<T>
{
    private static readonly DomainConverter<T>? Converter = JsonTypes.Find(typeof(T)) as DomainConverter<T>;

    internal static readonly ItemReader<T?>? Read = Converter is null ? null : Converter.ReadCore;

    internal static readonly Action<Utf8JsonWriter, T>? Write = Converter is null ? null : Converter.WriteCore;

    /// <summary>The reader, or the exception that says <typeparamref name="T"/> is not a type of the format.</summary>
    internal static ItemReader<T?> RequireRead() => Read ?? throw Unsupported();

    /// <summary>The writer, or the exception that says <typeparamref name="T"/> is not a type of the format.</summary>
    internal static Action<Utf8JsonWriter, T> RequireWrite() => Write ?? throw Unsupported();

    private static NotSupportedException Unsupported() =>
        new($"{typeof(T).Name} is not a type of the CentralAsia.Domain JSON format; use CentralAsiaDataset or one of the records.");
}
