using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace WebApi;

/// <summary>The endpoints. Invalid query parameters get 400 problem details naming the parameter.</summary>
public static class Api
{
    /// <summary>The largest dataset <c>POST /validate</c> accepts: 10 MiB. Larger bodies get 413.</summary>
    public const long MaxDatasetBytes = 10 * 1024 * 1024;

    /// <summary>The version of the CentralAsia.Domain package the API serves (MinVer: from the git tag).</summary>
    internal static string LibraryVersion { get; } =
        typeof(CentralAsiaJson).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;

    /// <summary>Builds the application (tests start it on 127.0.0.1 with a free port).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            o.SerializerOptions.TypeInfoResolverChain.Insert(1, CentralAsiaJson.TypeInfoResolver);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer(ValueTypeSchemas.TransformAsync);

            // The document says which library it serves, not OpenAPI's default "1.0.0": versions agree everywhere.
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "CentralAsia.Domain web API";
                document.Info.Version = LibraryVersion;
                return System.Threading.Tasks.Task.CompletedTask;
            });
        });
        var app = builder.Build();

        // A 4xx or 5xx without a body of its own (no route: 404, wrong method: 405) becomes a problem document too.
        app.UseStatusCodePages();
        var data = ReferenceData.XianSummit2023;
        var leaders = data.ToLeaderDirectory();

        app.MapGet("/", () => Results.Content(HomePage.Render(data), "text/html; charset=utf-8"));
        app.MapOpenApi();

        // A browsable reference of the same OpenAPI document (Swagger UI, served by NSwag from its package).
        app.UseSwaggerUi(settings =>
        {
            settings.Path = "/reference";
            settings.SwaggerRoutes.Add(new NSwag.AspNetCore.SwaggerUiRoute("v1", "/openapi/v1.json"));
            settings.DocumentTitle = "CentralAsia.Domain web API";
        });

        app.MapGet("/countries", () => Results.Ok(data.Countries.ToArray()));

        var api = app.MapGroup(string.Empty).AddEndpointFilterFactory(BindingProblems.Filter);

        api.MapGet("/leaders", (PartialDate? at) =>
        {
            if (!TryDay(at, out var day))
            {
                return BadParameter("at", $"'{at}' is not a full date: expected yyyy-MM-dd.");
            }

            var holders = data.Countries.Select(c => leaders.HeadOfState(c.Code, day)).OfType<Incumbency>()
                .Select(i => new HeadOfStateResponse(i.Leader.Country.Alpha2, i.Leader.Name.Preferred, i.Leader.Id.Value, i.Term.Office.Title, Iso(i.Term.Start), System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(i.Term.Kind.ToString())))
                .ToArray();
            return Results.Ok(holders);
        });

        // The value types bind straight from the query (they are IParsable); a bad value gets the library's code.
        // partner=KZ is Kazakhstan's own figures only; a group total is asked for by name (partner=KG%2BKZ%2BTJ%2BTM%2BUZ),
        // and without partner= only single-country figures come back, so no response holds a total beside its parts.
        api.MapGet("/trade", (int? year, CountryCode? reporter, TradePartner? partner) =>
        {
            var flows = data.TradeFlows.Where(f =>
                (year is null || f.Period.Year == year)
                && (reporter is null || f.Reporter == reporter)
                && (partner is null ? f.Partner.Countries.Length == 1 : f.Partner == partner));
            return Results.Ok(flows.ToArray());
        });

        var ledger = data.ToTradeLedger();
        api.MapGet("/trade/total", Results<Ok<TradeTotalResponse>, ProblemHttpResult> (CountryCode reporter, TradePartner partner, int year) =>
            ledger.Total(reporter, partner, TradePeriod.ForYear(year)) is { } total
                ? TypedResults.Ok(new TradeTotalResponse(total.Reporter, total.Partner, total.Period, total.Value, total.Estimated))
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No figure.", detail: $"The dataset has no figure of {reporter} for its trade with {partner} in {year}."));

        api.MapGet("/projects", (CountryCode? country, string? status, PartialDate? at) =>
        {
            if (!TryDay(at, out var day))
            {
                return BadParameter("at", $"'{at}' is not a full date: expected yyyy-MM-dd.");
            }

            System.Collections.Generic.IEnumerable<InfrastructureProject> projects = data.Projects;
            if (country is { } code)
            {
                projects = projects.Crossing(code).ToArray();
            }

            if (status is not null)
            {
                if (!Enum.TryParse<ProjectStatus>(status.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
                {
                    return BadParameter("status", $"'{status}' is not a project status; expected one of: {string.Join(", ", Enum.GetNames<ProjectStatus>().Select(n => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)))}.", CentralAsia.Domain.Validation.ErrorCodes.EnumUndefined);
                }

                projects = projects.WithStatusOn(wanted, day).ToArray();
            }

            return Results.Ok(projects.ToArray());
        });

        app.MapGet("/declarations", () => Results.Ok(data.Declarations.ToArray()));

        app.MapPost("/validate", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (!request.HasJsonContentType())
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Post the dataset as JSON.",
                    detail: $"The body is '{request.ContentType ?? "(no content type)"}'; send it with 'Content-Type: application/json'.");
            }

            if (request.ContentLength > MaxDatasetBytes)
            {
                return TooLarge();
            }

            byte[] body;
            try
            {
                body = await ReadLimitedAsync(request.Body, cancellationToken);
            }
            catch (InvalidDataException)
            {
                return TooLarge();
            }

            // One pass over the body: Deserialize either builds the dataset or reports every error.
            CentralAsia.Domain.Collections.EquatableArray<CentralAsia.Domain.Validation.ValidationError> errors;
            try
            {
                var dataset = CentralAsiaJson.Deserialize<CentralAsiaDataset>(body);
                return Results.Ok(new ValidationResponse(true, dataset.Sources.Length, dataset.Leaders.Length, dataset.TradeFlows.Length, dataset.Projects.Length));
            }
            catch (CentralAsiaJsonException invalid)
            {
                errors = invalid.Errors;
            }

            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The dataset is not valid.",
                detail: $"{errors.Length} error(s); each has a JSON Pointer into the posted document and a stable code (see docs/error-codes.md).",
                extensions: new System.Collections.Generic.Dictionary<string, object?>
                {
                    ["errors"] = errors.Select(e => new ErrorResponse(e.Path, e.Code, e.Message, e.Line)).ToList(),
                });
        });

        return app;
    }

    internal static IResult BadParameter(string name, string message, string? code = null) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid query parameter '{name}'.",
            detail: message,
            extensions: new System.Collections.Generic.Dictionary<string, object?> { ["parameter"] = name, ["code"] = code });

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The dataset is too large.", detail: $"POST /validate accepts at most {MaxDatasetBytes} bytes.");

    private static async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > MaxDatasetBytes)
            {
                throw new InvalidDataException("Body too large.");
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    private static bool TryDay(PartialDate? at, out LocalDate date)
    {
        date = new LocalDate(2023, 5, 19);
        return at is not { } given || given.TryGetDate(out date);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
