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
}
