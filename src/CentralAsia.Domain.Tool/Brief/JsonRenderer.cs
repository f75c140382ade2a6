using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CentralAsia.Tool.Brief;

/// <summary>The briefing as JSON, for other programs (source-generated: no reflection).</summary>
internal static class JsonRenderer
{
    public static void Write(Briefing b, TextWriter output)
    {
        var options = new JsonSerializerOptions(BriefingJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        output.WriteLine(JsonSerializer.Serialize(b, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Briefing>)options.GetTypeInfo(typeof(Briefing))));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Briefing))]
internal sealed partial class BriefingJsonContext : JsonSerializerContext
{
}
