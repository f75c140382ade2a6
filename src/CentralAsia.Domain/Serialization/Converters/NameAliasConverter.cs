using System.Text.Json;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="NameAlias"/>, in the canonical form <c>{"text", "kind", "language"?, "validFrom"?, "validUntil"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class NameAliasConverter : DomainConverter<NameAlias>
{
    internal static readonly ItemReader<NameAlias> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    private static readonly JsonPropertyTable Properties = new("text", "kind", "language?", "validFrom?", "validUntil?");

    internal static NameAlias? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a name alias"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        string? text = null, language = null;
        NameAliasKind kind = default;
        PartialDate? from = null, until = null;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch (property)
            {
                case 0: text = state.ReadString(ref reader, "the alias"); break;
                case 1: kind = state.ReadEnum<NameAliasKind>(ref reader) ?? default; break;
                case 2: language = state.ReadString(ref reader, "a language tag"); break;
                case 3: from = ValueReaders.ReadPartialDate(ref reader, state); break;
                default: until = ValueReaders.ReadPartialDate(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        NameAlias.Validate(ref errors, text, kind, language, from, until);
        return state.Complete(before, ref errors, start) ? new NameAlias(text!, kind, language, from, until, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, NameAlias value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], value.Text);
        writer.WriteString(n[1], KebabCaseEnum<NameAliasKind>.Utf8Name(value.Kind));
        JsonWrite.OptionalString(writer, n[2], value.Language);
        if (value.ValidFrom is { } from)
        {
            JsonWrite.Formatted(writer, n[3], from);
        }

        if (value.ValidUntil is { } until)
        {
            JsonWrite.Formatted(writer, n[4], until);
        }

        writer.WriteEndObject();
    }

    internal override NameAlias? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, NameAlias value) => WriteValue(writer, value);
}
