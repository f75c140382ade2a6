using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WebApi;

/// <summary>
/// Describes the library's value types in the OpenAPI document as they are on the wire — a string with
/// its pattern or list of values, money as <c>{"amount", "currency"}</c> — taking each description from
/// the library's own JSON Schema (<see cref="CentralAsiaJson.GetSchema"/>), so the two cannot drift apart.
/// </summary>
internal static class ValueTypeSchemas
{
    private static readonly Dictionary<Type, string> Definitions = new()
    {
        [typeof(CountryCode)] = "country",
        [typeof(CurrencyCode)] = "currency",
        [typeof(PartialDate)] = "partialDate",
        [typeof(TradePeriod)] = "tradePeriod",
        [typeof(Quantity)] = "quantity",
        [typeof(HsCode)] = "hsCode",
        [typeof(Region)] = "region",
        [typeof(TradePartner)] = "partner",
        [typeof(SourceId)] = "id",
        [typeof(LeaderId)] = "id",
        [typeof(ProjectId)] = "id",
        [typeof(SummitId)] = "id",
        [typeof(DeclarationId)] = "id",
        [typeof(CommitmentId)] = "id",
    };

    private static readonly JsonObject Defs = JsonNode.Parse(CentralAsiaJson.GetSchema())!["$defs"]!.AsObject();

    internal static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // A query parameter of a parsable type is described as a string: its CLR type is on the parameter.
        var declared = context.ParameterDescription?.Type ?? context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(Money))
        {
            schema.Type = JsonSchemaType.Object;
            schema.Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["amount"] = new OpenApiSchema { Type = JsonSchemaType.Number, Description = "A JSON number read as a decimal: every digit is kept." },
                ["currency"] = Text("currency"),
            };
            schema.Required = new HashSet<string> { "amount", "currency" };
            schema.AdditionalPropertiesAllowed = false;
        }
        else if (Definitions.TryGetValue(type, out var name))
        {
            var text = Text(name);
            schema.Type = text.Type;
            schema.Pattern = text.Pattern;
            schema.MaxLength = text.MaxLength;
            schema.Enum = text.Enum;
            schema.Description = $"{type.Name}, in the library's canonical text form.";
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string name)
    {
        var definition = Defs[name]!.AsObject();
        return new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Pattern = (string?)definition["pattern"],
            MaxLength = (int?)definition["maxLength"],
            Enum = definition["enum"]?.AsArray().Select(v => JsonValue.Create((string)v!)!).Cast<JsonNode>().ToList(),
        };
    }
}
