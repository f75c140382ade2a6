using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using CentralAsia.Domain.Serialization;
using Xunit;
using static CentralAsia.Domain.Validation.ErrorCodes;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>The error report on hand-corrupted copies of the reference dataset, as a user of the Validate sample meets it.</summary>
public class ErrorReportTests
{
    private static string ReferenceText()
    {
        using var stream = typeof(CentralAsiaJson).Assembly.GetManifestResourceStream("CentralAsia.Domain.xian-summit-2023.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static byte[] Corrupted(string pointer, JsonNode value)
    {
        var root = JsonNode.Parse(ReferenceText())!;
        JsonNodePointers.Replace(root, pointer, value);
        return Encoding.UTF8.GetBytes(root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static int IndexOfLeader(string id) =>
        JsonNode.Parse(ReferenceText())!["leaders"]!.AsArray().Select((l, i) => (l!["id"]!.GetValue<string>(), i)).Single(p => p.Item1 == id).i;

    [Fact]
    public void An_invalid_record_still_resolves_as_a_reference_target()
    {
        var xi = IndexOfLeader("xi-jinping");
        var errors = CentralAsiaJson.Validate(Corrupted($"/leaders/{xi}/country", JsonValue.Create("QQ")));
        var error = Assert.Single(errors);
        Assert.Equal((CountryCodeUnknown, $"/leaders/{xi}/country"), (error.Code, error.Path));
    }

    [Fact]
    public void An_id_that_resolves_to_nothing_is_still_reported_at_the_line_of_the_reference()
    {
        var root = JsonNode.Parse(ReferenceText())!;
        var participants = root["summits"]![0]!["participants"]!.AsArray();
        participants[2] = JsonValue.Create("nobody-at-all");
        var text = root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var error = CentralAsiaJson.Validate(Encoding.UTF8.GetBytes(text)).First(e => e.Code == DatasetReferenceUnresolved);
        Assert.Equal("/summits/0/participants/2", error.Path);
        var line = text.Split('\n')[error.Line!.Value - 1];
        Assert.Contains("\"nobody-at-all\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_come_in_document_order()
    {
        var root = JsonNode.Parse(ReferenceText())!;
        root["tradeFlows"]![0]!["citations"] = new JsonArray(JsonValue.Create("no-such-source")); // a dataset rule, found last
        root["tradeFlows"]![1]!["reporter"] = JsonValue.Create("ZZ");                            // a read error, found first
        root["sources"]![0]!["url"] = JsonValue.Create("ftp://example.org/");                     // earlier than both
        var errors = CentralAsiaJson.Validate(Encoding.UTF8.GetBytes(root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })));
        Assert.Equal(["/sources/0/url", "/tradeFlows/0/citations/0", "/tradeFlows/1/reporter"], errors.Select(e => e.Path));
        Assert.Equal(errors.Select(e => e.Line!.Value).Order(), errors.Select(e => e.Line!.Value));
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column_once()
    {
        var error = Assert.Single(CentralAsiaJson.Validate("{\n  \"schemaVersion\": \"1.0\",\n  \"sources\": [x]\n}"u8));
        Assert.Equal((JsonSyntax, 3), (error.Code, error.Line));
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(column 15).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_amount_in_a_bad_currency_reports_both_faults()
    {
        var json = """{"schemaVersion":"1.0","tradeFlows":[{"reporter":"CN","partner":"KZ","direction":"export","period":"2022","value":{"amount":-1,"currency":"usd"}}]}"""u8;
        Assert.Equal(
            [("/tradeFlows/0/value/amount", MoneyNegative), ("/tradeFlows/0/value/currency", CurrencyCodeInvalid)],
            CentralAsiaJson.Validate(json).Select(e => (e.Path, e.Code)));
        var valid = """{"schemaVersion":"1.0","tradeFlows":[{"reporter":"CN","partner":"KZ","direction":"export","period":"2022","value":{"amount":-1,"currency":"USD"}}]}"""u8;
        Assert.Equal([("/tradeFlows/0/value/amount", MoneyNegative)], CentralAsiaJson.Validate(valid).Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void A_partner_group_out_of_order_says_how_to_write_it()
    {
        var json = """{"schemaVersion":"1.0","tradeFlows":[{"reporter":"CN","partner":"KZ+KG","direction":"export","period":"2022","value":{"amount":1,"currency":"USD"}}]}"""u8;
        var error = Assert.Single(CentralAsiaJson.Validate(json));
        Assert.Equal((TradePartnerUnordered, "/tradeFlows/0/partner"), (error.Code, error.Path));
        Assert.Contains("\"KG+KZ\"", error.Message, StringComparison.Ordinal);
    }
}
