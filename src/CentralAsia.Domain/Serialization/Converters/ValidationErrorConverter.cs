using System.Text.Json;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="ValidationError"/>, as <c>{"code", "path", "message", "line"?}</c>
/// (the form the web API sample reports errors in). Reading is strict: a missing or blank code or message, a path
/// that is not a JSON Pointer and a line below 1 are errors, reported together.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class ValidationErrorConverter : DomainConverter<ValidationError>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Code,
        Path,
        Message,
        Line,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Line);

    internal override ValidationError? ReadCore(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a validation error"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        string? code = null, path = null, message = null;
        int? line = null;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Code: code = state.ReadString(ref reader, "an error code"); break;
                case Property.Path: path = state.ReadString(ref reader, "a JSON Pointer"); break;
                case Property.Message: message = state.ReadString(ref reader, "a message"); break;
                case Property.Line: line = state.ReadInt32(ref reader); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        FieldRules.Prose(ref errors, code, "/code");
        FieldRules.Prose(ref errors, message, "/message");
        if (path is not null && !JsonPointer.IsValid(path))
        {
            errors.Add(ErrorCodes.JsonPointerInvalid, "/path", $"'{path}' is not a JSON Pointer (RFC 6901): it must be empty or start with '/', and '~' must be followed by 0 or 1.");
        }

        if (line < 1)
        {
            errors.Add(ErrorCodes.NumberOutOfRange, "/line", "Lines are counted from 1.");
        }

        return state.Complete(before, ref errors, start) ? new ValidationError(code!, path!, message!, line) : null;
    }

    internal override void WriteCore(Utf8JsonWriter writer, ValidationError value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Code], value.Code);
        writer.WriteString(Properties[Property.Path], value.Path);
        writer.WriteString(Properties[Property.Message], value.Message);
        if (value.Line is { } line)
        {
            writer.WriteNumber(Properties[Property.Line], line);
        }

        writer.WriteEndObject();
    }
}
