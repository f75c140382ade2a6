using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>Reading a JSON document of N trade flows: ours (strict, validated, every error collected) against the alternatives.</summary>
[MemoryDiagnoser]
public class DeserializeBenchmarks
{
    private byte[] document = [];
    private string text = string.Empty;
    private readonly global::Newtonsoft.Json.JsonSerializer newtonsoft = global::Newtonsoft.Json.JsonSerializer.Create(new global::Newtonsoft.Json.JsonSerializerSettings
    {
        ContractResolver = new global::Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        FloatParseHandling = global::Newtonsoft.Json.FloatParseHandling.Decimal,
    });

    [Params(10_000, 100_000)]
    public int Flows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        document = FlowData.DocumentBytes(Flows);
        text = System.Text.Encoding.UTF8.GetString(document);
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen → DTO (no validation)")]
    public DocumentDto? SystemTextJsonDto() => JsonSerializer.Deserialize(document, DtoContext.Default.DocumentDto);

    [Benchmark(Description = "CentralAsiaJson → validated dataset")]
    public CentralAsiaDataset Ours() => CentralAsiaJson.Deserialize<CentralAsiaDataset>(document);

    [Benchmark(Description = "Newtonsoft → DTO (no validation)")]
    public DocumentDto? NewtonsoftJson()
    {
        using var reader = new global::Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(text));
        return newtonsoft.Deserialize<DocumentDto>(reader);
    }

    [Benchmark(Description = "Utf8JsonReader token scan (floor)")]
    public int RawReaderScan()
    {
        var reader = new Utf8JsonReader(document);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}

/// <summary>Writing the same document: ours (canonical) against STJ source-gen of the DTO, both indented, non-ASCII unescaped.</summary>
[MemoryDiagnoser]
public class SerializeBenchmarks
{
    private CentralAsiaDataset dataset = CentralAsiaDataset.Empty;
    private DocumentDto dto = new();
    private readonly JsonSerializerOptions dtoOptions = new(DtoContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Params(10_000, 100_000)]
    public int Flows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dataset = FlowData.Dataset(Flows);
        dto = JsonSerializer.Deserialize(CentralAsiaJson.SerializeToUtf8Bytes(dataset), DtoContext.Default.DocumentDto)!;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen DTO → bytes")]
    public byte[] SystemTextJsonDto() => JsonSerializer.SerializeToUtf8Bytes(dto, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<DocumentDto>)dtoOptions.GetTypeInfo(typeof(DocumentDto)));

    [Benchmark(Description = "CentralAsiaJson dataset → bytes")]
    public byte[] Ours() => CentralAsiaJson.SerializeToUtf8Bytes(dataset);
}
