using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Internal;
using CentralAsia.Domain.Columnar.Internal.Records;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using global::Parquet;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Support;

// Records to and from Parquet for the record-table tests, and files of any JSON rows, valid or not, shredded into a
// record schema without the model's checks: the reader's every refusal of a value can be shown.
internal static partial class Records
{
    // Any valid record whose amounts fit the columns' scale: every amount, and every quantity's value, rounded to 6 places.
    internal static Gen<T> Representable<T>(Gen<T> records)
        where T : class => records.Select(r => CentralAsiaJson.Deserialize<T>(Round(JsonNode.Parse(CentralAsiaJson.Serialize(r)))!.ToJsonString()));

    internal static async Task<byte[]> ToParquetAsync<T>(ParquetTable<T> table, IEnumerable<T> records, ParquetWriteOptions? options = null)
        where T : class
    {
        using var stream = new MemoryStream();
        await table.WriteAsync(stream, records.ToAsyncEnumerable(), options, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }

    internal static async Task<List<T>> FromParquetAsync<T>(ParquetTable<T> table, byte[] file)
        where T : class
    {
        using var stream = new MemoryStream(file, writable: false);
        return await table.ReadAsync(stream, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
    }

    internal static async Task<List<string>> ErrorsAsync<T>(ParquetTable<T> table, byte[] file)
        where T : class
    {
        using var stream = new MemoryStream(file, writable: false);
        return [.. Crafted.Lines(await table.ValidateAsync(stream, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken))];
    }

    // A file of the schema holding the JSON rows as given; alter, when given, changes the shredded columns before writing.
    internal static async Task<byte[]> CraftAsync(RecordSchema schema, IEnumerable<string> rows, Action<RecordShredder>? alter = null, Dictionary<string, string>? metadata = null)
    {
        using var stream = new MemoryStream();
        var shredder = new RecordShredder(schema);
        var writer = await ParquetWriter.CreateAsync(schema.Parquet, stream, ParquetWriting.Options(ParquetWriteOptions.Default, schema.CodeFields), append: false, TestContext.Current.CancellationToken);
        await using (writer)
        {
            writer.CustomMetadata = metadata ?? ParquetWriting.Metadata(schema.Record, schema.Version, null);
            var ordinal = 0;
            foreach (var row in rows)
            {
                using var json = JsonDocument.Parse(row);
                shredder.Add(json.RootElement, ordinal++);
            }

            alter?.Invoke(shredder);
            await shredder.WriteAsync(writer, TestContext.Current.CancellationToken);
        }

        return stream.ToArray();
    }

    private static JsonNode? Round(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (name, value) in o)
                {
                    copy[name] = Round(value);
                }

                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(Round)]);
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return JsonValue.Create(decimal.Round(v.GetValue<decimal>(), 6));
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && QuantityText().Match(v.GetValue<string>()) is { Success: true } m:
                return JsonValue.Create(decimal.Round(decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 6).ToString(CultureInfo.InvariantCulture) + " " + m.Groups[2].Value);
            default:
                return node?.DeepClone();
        }
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?) ([A-Za-z/]+)$")]
    private static partial Regex QuantityText();
}
