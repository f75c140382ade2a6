using System.Text.Json;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using System.Linq;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>The records work inside a caller's own System.Text.Json options (as in ASP.NET), with the same strictness.</summary>
public class SystemTextJsonIntegrationTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = CentralAsiaJson.TypeInfoResolver };

    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Records_serialize_in_the_canonical_form()
    {
        var json = JsonSerializer.Serialize(GoldenTests.ChinaKazakhstan2022, Options);
        Assert.Equal("""{"reporter":"CN","partner":"KZ","direction":"turnover","period":"2022","value":{"amount":31200000000,"currency":"USD"},"citations":["s20"]}""", json);
        Assert.Equal(GoldenTests.ChinaKazakhstan2022, JsonSerializer.Deserialize<TradeFlow>(json, Options));
    }

    [Fact]
    public void Invalid_records_throw_the_documented_exception_with_every_error()
    {
        var exception = Assert.Throws<CentralAsiaJsonException>(() =>
            JsonSerializer.Deserialize<TradeFlow>("""{"reporter":"ZZ","partner":"KZ","direction":"up","period":"2022","value":{"amount":1,"currency":"USD"}}""", Options));
        Assert.Equal([ErrorCodes.CountryCodeUnknown, ErrorCodes.EnumUndefined], exception.Errors.Select(e => e.Code));
        Assert.IsAssignableFrom<JsonException>(exception);
    }

    [Fact]
    public void A_dataset_of_a_newer_version_inside_a_callers_document_is_reported_at_the_dataset_not_at_the_end()
    {
        // Reading stops at the dataset's closing brace (line 3, 0-based), where the caller's serializer takes the
        // position for its exception; reading on to the end of the caller's document would put it at line 5.
        const string json = "{\n\"data\": {\"schemaVersion\": \"2.0\",\n  \"sources\": []\n},\n\"after\": 1\n}";
        var exception = Assert.Throws<CentralAsiaJsonException>(() =>
            JsonSerializer.Deserialize<DatasetHolder>(json, WebOptions));
        Assert.Equal(ErrorCodes.SchemaVersionUnsupported, Assert.Single(exception.Errors).Code);
        Assert.Equal("$.data", exception.Path);
        Assert.Equal(3, exception.LineNumber);
    }

    private sealed class DatasetHolder
    {
        public CentralAsia.Domain.Data.CentralAsiaDataset? Data { get; set; }

        public int After { get; set; }
    }
}
