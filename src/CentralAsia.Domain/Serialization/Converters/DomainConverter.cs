using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Serialization.Reading;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The base of every converter: System.Text.Json calls <see cref="Read"/> and <see cref="Write"/>;
/// the converter reads strictly, collecting every error of the value, and throws one
/// <see cref="CentralAsiaJsonException"/> listing them all (so no other exception type escapes).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>Only this library derives from it.</remarks>
public abstract class DomainConverter<T> : JsonConverter<T>
{
    private protected DomainConverter()
    {
    }

    /// <inheritdoc/>
    /// <exception cref="CentralAsiaJsonException">The value is not valid; every error is listed.</exception>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Stryker disable once Boolean : tracking lines only records offsets for line numbers, which are never resolved here (the caller's serializer owns the text); it costs memory, not results
        var state = new JsonReadState(trackLines: false);
        var value = ReadCore(ref reader, state);
        if (state.HasErrors)
        {
            throw new CentralAsiaJsonException(EquatableArray.From(state.Errors));
        }

        return value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => WriteCore(Preconditions.CheckNotNull(writer), value);

    /// <summary>Reads a value; the reader is on its first token and is left on its last. Errors go to <paramref name="state"/>.</summary>
    internal abstract T? ReadCore(ref Utf8JsonReader reader, JsonReadState state);

    internal abstract void WriteCore(Utf8JsonWriter writer, T value);
}
