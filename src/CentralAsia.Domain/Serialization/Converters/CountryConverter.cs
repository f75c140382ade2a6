using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Country"/>, in the canonical form <c>{"code", "shortName", "officialName", "capital", "region", "subRegion", "currency", "aliases"?, "citations"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class CountryConverter : DomainConverter<Country>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Code,
        ShortName,
        OfficialName,
        Capital,
        Region,
        SubRegion,
        Currency,
        Aliases,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Aliases, Property.Citations);

    internal static Country? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a country"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        CountryCode code = default;
        string? shortName = null, officialName = null, capital = null;
        Region region = default, subRegion = default;
        CurrencyCode currency = default;
        EquatableArray<string> aliases = default;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Code: code = ValueReaders.ReadCountry(ref reader, state); break;
                case Property.ShortName: shortName = state.ReadString(ref reader, "the short name"); break;
                case Property.OfficialName: officialName = state.ReadString(ref reader, "the official name"); break;
                case Property.Capital: capital = state.ReadString(ref reader, "the capital"); break;
                case Property.Region: region = ValueReaders.ReadRegion(ref reader, state); break;
                case Property.SubRegion: subRegion = ValueReaders.ReadRegion(ref reader, state); break;
                case Property.Currency: currency = ValueReaders.ReadCurrency(ref reader, state); break;
                case Property.Aliases: aliases = ValueReaders.ReadNames(ref reader, state); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Country.Validate(ref errors, code, shortName, officialName, capital, region, subRegion, currency, aliases, citations);
        return state.Complete(before, ref errors, start)
            ? new Country(code, shortName!, officialName!, capital!, region, subRegion, currency, aliases, citations, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Country value)
    {
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, Properties[Property.Code], value.Code);
        writer.WriteString(Properties[Property.ShortName], value.ShortName);
        writer.WriteString(Properties[Property.OfficialName], value.OfficialName);
        writer.WriteString(Properties[Property.Capital], value.Capital);
        JsonWrite.Formatted(writer, Properties[Property.Region], value.Region);
        JsonWrite.Formatted(writer, Properties[Property.SubRegion], value.SubRegion);
        JsonWrite.Formatted(writer, Properties[Property.Currency], value.Currency);
        JsonWrite.Strings(writer, Properties[Property.Aliases], value.Aliases);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override Country? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Country value) => WriteValue(writer, value);
}
