using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="MirrorFlow"/>, a query result: written as
/// <c>{"exporter", "importer", "period", "exports"?, "imports"?, "gap"?, "ratio"?}</c>, never read (reading throws a
/// <see cref="CentralAsiaJsonException"/> with <c>json.type.write-only</c>).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class MirrorFlowConverter : DomainConverter<MirrorFlow>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Exporter,
        Importer,
        Period,
        Exports,
        Imports,
        Gap,
        Ratio,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Exports, Property.Imports, Property.Gap, Property.Ratio);

    internal override MirrorFlow? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<MirrorFlow>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, MirrorFlow value)
    {
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, Properties[Property.Exporter], value.Exporter);
        JsonWrite.Formatted(writer, Properties[Property.Importer], value.Importer);
        JsonWrite.Formatted(writer, Properties[Property.Period], value.Period);
        if (value.Exports is { } exports)
        {
            writer.WritePropertyName(Properties[Property.Exports]);
            TradeFlowConverter.WriteValue(writer, exports);
        }

        if (value.Imports is { } imports)
        {
            writer.WritePropertyName(Properties[Property.Imports]);
            TradeFlowConverter.WriteValue(writer, imports);
        }

        JsonWrite.OptionalMoney(writer, Properties[Property.Gap], value.Gap);
        if (value.Ratio is { } ratio)
        {
            writer.WriteNumber(Properties[Property.Ratio], ratio);
        }

        writer.WriteEndObject();
    }
}
