using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The base of every converter of this library: System.Text.Json calls <see cref="Read"/> and
/// <see cref="Write"/>; the converter reads strictly, collecting every error of the value, and throws
/// one <see cref="CentralAsiaJsonException"/> listing them all (so no other exception type escapes).
/// </summary>
/// <typeparam name="T">The record or value type.</typeparam>
/// <remarks>
/// <para>Only this library derives from it. Every public record and value type of the library names
/// its converter with <c>[JsonConverter]</c>, so the types read and write in their canonical form
/// wherever they appear in your own types, with reflection-based and source-generated serialization
/// alike.</para>
/// <para>A value object that has no value (<c>default(CountryCode)</c>, <c>default(Money)</c>, …)
/// cannot be written: declare the property nullable (<c>CountryCode?</c>) for a value that may be
/// absent. Writing one throws <see cref="JsonException"/> instead of producing JSON that could not be
/// read back. A JSON <c>null</c> for a non-nullable value type is an error (<c>json.null</c>).</para>
/// <para>Converters are stateless and thread-safe.</para>
/// </remarks>
public abstract class DomainConverter<T> : JsonConverter<T>, IArrayConverterSource
{
    private protected DomainConverter()
    {
    }

    /// <inheritdoc/>
    /// <exception cref="CentralAsiaJsonException">The value is not valid; every error is listed, with pointers relative to the value.</exception>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // No lines here: the caller's serializer owns the text and gives the exception its position.
        var state = new JsonReadState(LineTracking.Off);
        var value = ReadCore(ref reader, state);
        if (state.HasErrors)
        {
            throw CentralAsiaJsonException.ForValue(EquatableArray.From(state.Errors));
        }

        return value;
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value has no value (the <c>default</c> of a value object) or cannot be written.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        if (WriteProblem(value) is { } problem)
        {
            throw new JsonException(problem);
        }

        WriteCore(writer, value);
    }

    /// <summary>Reads a dictionary key, for the value objects that can be one.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>The key.</returns>
    /// <exception cref="CentralAsiaJsonException">The name is not a valid value.</exception>
    /// <exception cref="NotSupportedException">The type is not a dictionary key type (records are not).</exception>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CanBeKey ? Read(ref reader, typeToConvert, options)! : base.ReadAsPropertyName(ref reader, typeToConvert, options);

    /// <summary>Writes a dictionary key, for the value objects that can be one.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The key.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="JsonException">The key has no value (a <c>default</c> value object).</exception>
    /// <exception cref="NotSupportedException">The type is not a dictionary key type (records are not).</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (!CanBeKey)
        {
            base.WriteAsPropertyName(writer, value!, options);
            return;
        }

        Preconditions.CheckNotNull(writer);
        if (WriteProblem(value) is { } problem)
        {
            throw new JsonException(problem);
        }

        WriteKey(writer, value);
    }

    /// <summary>Whether the type is written as one string and so can be a dictionary key.</summary>
    internal virtual bool CanBeKey => false;

    /// <summary>Reads a value; the reader is on its first token and is left on its last. Errors go to <paramref name="state"/>.</summary>
    internal abstract T? ReadCore(ref Utf8JsonReader reader, JsonReadState state);

    internal abstract void WriteCore(Utf8JsonWriter writer, T value);

    /// <summary>Writes the value as a property name (only when <see cref="CanBeKey"/>).</summary>
    internal virtual void WriteKey(Utf8JsonWriter writer, T value) => throw new NotSupportedException();

    /// <summary>Why the value cannot be written, or null when it can.</summary>
    internal virtual string? WriteProblem(T value) => null;

    /// <inheritdoc/>
    JsonConverter IArrayConverterSource.CreateArrayConverter() => new EquatableArrayConverter<T>();

    /// <summary>The problem of writing <c>default</c> of a value object that means "no value".</summary>
    private protected static string NoValue(string typeName) =>
        $"default({typeName}) is no value and cannot be written; declare the property as {typeName}? to leave a value out.";
}
