using System;
using System.Linq;
using CentralAsia.Domain.Columnar.Internal;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Internal;

// The enumeration columns hold the names the library's JSON gives the values: one spelling everywhere.
public sealed class EnumTextTests
{
    [Fact]
    public void Every_direction_and_valuation_is_spelled_as_in_the_json()
    {
        var flow = Flows.Generate(1).Single();
        foreach (var direction in Enum.GetValues<FlowDirection>())
        {
            foreach (var valuation in Enum.GetValues<Valuation>())
            {
                var json = CentralAsiaJson.Serialize(flow.With(direction: direction, valuation: valuation).Value);
                Assert.Contains($"\"direction\": \"{EnumText<FlowDirection>.Name(direction)}\"", json, StringComparison.Ordinal);
                // The JSON leaves the default valuation out; the column still spells it by its name.
                if (valuation == Valuation.Unknown)
                {
                    Assert.Equal("unknown", EnumText<Valuation>.Name(valuation).ToString());
                }
                else
                {
                    Assert.Contains($"\"valuation\": \"{EnumText<Valuation>.Name(valuation)}\"", json, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Every_hs_edition_name_reads_back_and_maps_to_the_codes_edition_prefix()
    {
        foreach (var edition in Enum.GetValues<HsEdition>())
        {
            Assert.True(EnumText<HsEdition>.TryParse(EnumText<HsEdition>.Name(edition).Span, out var back));
            Assert.Equal(edition, back);
            Assert.Equal(edition, HsCode.Parse($"H{(int)edition - 1}:2711").Edition);
        }
    }
}
