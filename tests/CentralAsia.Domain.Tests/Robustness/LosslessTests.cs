using System;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Robustness;

/// <summary>What goes in comes out: every digit, every script, every precision.</summary>
public class LosslessTests
{
    [Theory]
    [InlineData("7922816251426433759354395033.5")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("1234567890123456789012345678")]
    [InlineData("1.5000000000000000000000000000")]
    [InlineData("31200000000.00")]
    [InlineData("0")]
    public void Decimals_with_up_to_28_significant_digits_and_their_scale_survive(string amount)
    {
        var flow = new TradeFlow(CountryCode.China, TradePartner.Of(CountryCode.Kazakhstan), FlowDirection.Export, TradePeriod.ForYear(2022), Money.Parse(amount + " USD"));
        var back = CentralAsiaJson.Deserialize<TradeFlow>(CentralAsiaJson.SerializeToUtf8Bytes(flow));
        Assert.Equal(decimal.GetBits(flow.Value.Amount), decimal.GetBits(back.Value.Amount));
        Assert.Equal(amount + " USD", back.Value.ToString());
    }

    [Theory]
    [InlineData("习近平", "zh-Hans")]
    [InlineData("Тоқаев", "kk-Cyrl")]
    [InlineData("Бердымухамедов", "ru")]
    [InlineData("Nigʻmatilla Yoʻldoshev", "uz")]
    [InlineData("Saparmyrat Nyýazow", "tk")]
    public void Names_in_every_script_survive_unescaped(string text, string language) => RoundTrip(text, language, expectUnescaped: true);

    /// <summary>Characters outside the Basic Multilingual Plane are written as \u escapes (System.Text.Json's encoder does so), and still survive.</summary>
    [Fact]
    public void Characters_outside_the_BMP_survive_escaped() => RoundTrip("😀 𠀀", "en", expectUnescaped: false);

    private static void RoundTrip(string text, string language, bool expectUnescaped)
    {
        var leader = new Leader(LeaderId.Parse("someone"), new PersonName("Someone", [new NameAlias(text, NameAliasKind.NativeScript, language)]), CountryCode.China, null,
            [new Term(new Office("President", OfficeRole.HeadOfState), new LocalDate(2013, 3, 14), null, TermKind.Elected)]);
        var json = CentralAsiaJson.Serialize(leader);
        Assert.Equal(expectUnescaped, json.Contains(text, StringComparison.Ordinal));
        Assert.Equal(leader, CentralAsiaJson.Deserialize<Leader>(json));
    }

    [Theory]
    [InlineData("2014")]
    [InlineData("2014-09")]
    [InlineData("2014-09-13")]
    [InlineData("0001")]
    [InlineData("9999-12-31")]
    public void Every_partial_date_precision_survives(string date)
    {
        var source = new Source(SourceId.Parse("s1"), "Publisher", "Title", new Uri("https://example.org/"), PartialDate.Parse(date));
        var back = CentralAsiaJson.Deserialize<Source>(CentralAsiaJson.Serialize(source));
        Assert.Equal(date, back.Published!.Value.ToString());
        Assert.Equal(source.Published!.Value.Precision, back.Published!.Value.Precision);
    }

    [Fact]
    public void The_reference_dataset_round_trips_byte_for_byte_through_JSON_Lines_too()
    {
        var flows = ReferenceData.XianSummit2023.TradeFlows;
        using var stream = new System.IO.MemoryStream();
        CentralAsiaJson.SerializeLines(stream, flows);
        stream.Position = 0;
        var back = CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(stream, TestContext.Current.CancellationToken).ToBlockingEnumerable(TestContext.Current.CancellationToken).ToArray();
        Assert.Equal(flows, EquatableArray.Create<TradeFlow>(back));
    }
}
