using System.Collections.Generic;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Trade;
using Microsoft.AspNetCore.Mvc;

namespace WebApi;

/// <summary>
/// Metadata for the API's own response shapes. The library's records themselves carry their
/// converters, so they serialize in their canonical form here too.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Country[]))]
[JsonSerializable(typeof(TradeFlow[]))]
[JsonSerializable(typeof(InfrastructureProject[]))]
[JsonSerializable(typeof(SummitDeclaration[]))]
[JsonSerializable(typeof(HeadOfStateResponse[]))]
[JsonSerializable(typeof(ValidationResponse))]
[JsonSerializable(typeof(TradeTotalResponse))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(List<ErrorResponse>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
}

/// <summary>The head of state of a country on a day.</summary>
internal sealed record HeadOfStateResponse(string Country, string Leader, string LeaderId, string Office, string Since, string Kind);

/// <summary>One reporter's total trade with a partner (a country, or a group asked for by name) in a year: the library's value types as they are.</summary>
internal sealed record TradeTotalResponse(CentralAsia.Domain.Values.CountryCode Reporter, TradePartner Partner, CentralAsia.Domain.Values.TradePeriod Period, CentralAsia.Domain.Values.Money Value, bool Estimated);

/// <summary>The answer to a valid dataset.</summary>
internal sealed record ValidationResponse(bool Valid, int Sources, int Leaders, int TradeFlows, int Projects);

/// <summary>One error of an invalid dataset, in problem details.</summary>
internal sealed record ErrorResponse(string Pointer, string Code, string Message, int? Line);
