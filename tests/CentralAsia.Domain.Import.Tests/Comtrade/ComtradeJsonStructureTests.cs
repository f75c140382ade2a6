using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Comtrade;

// The API's response is a JSON object whose "data" array holds the records: every other shape is refused with what
// it is, where, and the code; other properties of the response are skipped whole, however nested.
public sealed class ComtradeJsonStructureTests
{
    private static readonly string Record = ComtradeFiles.Json([ComtradeFiles.Row()])["{\"elapsedTime\":\"0.1 secs\",\"count\":1,\"data\":[".Length..^"],\"error\":\"\"}".Length];

    public static TheoryData<string, string> Refused() => new()
    {
        { "{\"count\":0}", "r.json: import.file.unknown-layout: The document has no \"data\" array of records." },
        { "{\"data\":5}", "r.json: import.file.unknown-layout: \"data\" is not an array of records but a number." },
        { "{\"data\":{}}", "r.json: import.file.unknown-layout: \"data\" is not an array of records but a object." },
        { "{\"data\":[],\"data\":[]}", "r.json: import.file.malformed: The response has two \"data\" arrays." },
        { "{\"data\":[1]}", "r.json: /data/0: import.file.malformed: A record is a number, not an object." },
        { "{\"data\":[" + Record + ",\"x\"]}", "r.json: /data/1: import.file.malformed: A record is a string, not an object." },
        { "{\"data\":[" + Record.Replace("\"refYear\":2022", "\"refYear\":[2022]", System.StringComparison.Ordinal) + "]}", "r.json: /data/0/refYear: column 'refYear': import.value.invalid: 'refYear' is an array, not a value." },
        { "{\"data\":[" + Record.Replace("\"refYear\":2022", "\"refYear\":{\"y\":2022}", System.StringComparison.Ordinal) + "]}", "r.json: /data/0/refYear: column 'refYear': import.value.invalid: 'refYear' is an object, not a value." },
        { "{\"data\":[" + Record + "," + Record.Replace("{", "{\"extra\":1,", System.StringComparison.Ordinal) + "]}", "r.json: /data/1/extra: column 'extra': import.file.malformed: The record gives 'extra', which the first record does not; the records of a response share one set of fields." },
        { "{\"data\":[" + Record + "]", "r.json" },
        { "{\"data\":[" + Record + "]} {}", "r.json" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_response_of_another_shape_is_refused_with_what_it_is(string json, string expected)
    {
        var error = Import.Fails(json, ImportErrorPolicy.CollectAll, "r.json").Errors.Single().ToString();
        if (expected == "r.json")
        {
            // Malformed JSON after the last record: Utf8JsonReader's own words, after the file, line, pointer and code.
            Assert.StartsWith("r.json:1: /data/0: import.file.malformed: The file is not well-formed JSON: ", error, System.StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, error);
        }
    }

    [Fact]
    public void Other_properties_of_the_response_are_skipped_however_nested_and_wherever_they_are()
    {
        var json = "{\"error\":{\"a\":[1,{\"b\":[[]]}],\"c\":null},\"data\":[" + Record + "],\"elapsedTime\":[\"0.1\",{\"secs\":true}]}";
        var (records, summary) = Import.Read(json, file: "r.json");
        Assert.Single(records);
        Assert.Equal(1, summary.RowsRead);
    }

    [Fact]
    public void An_empty_data_array_is_a_file_of_no_records()
    {
        var (records, summary) = Import.Read("{\"data\":[]}", file: "r.json");
        Assert.Empty(records);
        Assert.Equal(0, summary.RowsRead);
    }
}
