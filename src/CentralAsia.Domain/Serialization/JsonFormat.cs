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
}
