using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Geography;
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
    private static readonly JsonPropertyTable Properties = new("code", "shortName", "officialName", "capital", "region", "subRegion", "currency", "aliases?", "citations?");

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
            switch (property)
            {
                case 0: code = ValueReaders.ReadCountry(ref reader, state); break;
                case 1: shortName = state.ReadString(ref reader, "the short name"); break;
                case 2: officialName = state.ReadString(ref reader, "the official name"); break;
                case 3: capital = state.ReadString(ref reader, "the capital"); break;
                case 4: region = ValueReaders.ReadRegion(ref reader, state); break;
                case 5: subRegion = ValueReaders.ReadRegion(ref reader, state); break;
                case 6: currency = ValueReaders.ReadCurrency(ref reader, state); break;
                case 7: aliases = ValueReaders.ReadNames(ref reader, state); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
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
        var n = Properties.Encoded;
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, n[0], value.Code);
        writer.WriteString(n[1], value.ShortName);
        writer.WriteString(n[2], value.OfficialName);
        writer.WriteString(n[3], value.Capital);
        JsonWrite.Formatted(writer, n[4], value.Region);
        JsonWrite.Formatted(writer, n[5], value.SubRegion);
        JsonWrite.Formatted(writer, n[6], value.Currency);
        JsonWrite.Strings(writer, n[7], value.Aliases);
        JsonWrite.FormattedArray(writer, n[8], value.Citations);
        writer.WriteEndObject();
    }

    internal override Country? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Country value) => WriteValue(writer, value);
}
