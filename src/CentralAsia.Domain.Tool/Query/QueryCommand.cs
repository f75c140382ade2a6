using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using CentralAsia.Tool.Brief;
using NodaTime;
using Table = CentralAsia.Tool.Output.Table;

namespace CentralAsia.Tool.Query;

/// <summary><c>centralasia query trade|leaders|projects|commitments</c>: the library's queries, as a table in four formats.</summary>
internal static class QueryCommand
{
    internal static Command Create(Terminal terminal) =>
        new("query", "Asks the dataset: trade figures, leaders in office, project statuses, commitments.")
        {
            Trade(terminal),
            Leaders(terminal),
            Projects(terminal),
            Commitments(terminal),
        };

    private static Command Trade(Terminal terminal)
    {
        var (data, format) = (BriefCommand.DataOption(), Format());
        var reporter = CodeOption("--reporter", "Whose statistics (ISO code); default: all reporters.");
        var partner = ValueOption<TradePartner?>("--partner", "A partner (KZ) or a group (KG+KZ+TJ+TM+UZ); default: every single-country partner.", text => TradePartner.Parse(text, CultureInfo.InvariantCulture));
        var year = new Option<int?>("--year") { Description = "The year; default: every year." };
        var command = new Command("trade", "Each reporter's trade with each partner by year: value, basis, whether estimated. Group totals only when asked for with --partner, so no table counts a figure twice.") { data, format, reporter, partner, year };
        command.SetAction(parse =>
        {
            var dataset = BriefCommand.Load(parse.GetValue(data));
            // One ledger per currency: a figure given in yuan and in dollars is listed in each, never summed across.
            var ledgers = dataset.TradeFlows.Select(f => f.Value.Currency).Distinct().Order().Select(dataset.ToTradeLedger).ToArray();
            var only = parse.GetValue(partner);
            var table = new Table("Reporter", "Partner", "Year", "Value", "Currency", "Basis", "Estimated");
            var keys = dataset.TradeFlows
                .Where(f => parse.GetValue(reporter) is not { } r || f.Reporter == r)
                .Where(f => only is null ? f.Partner.Countries.Length == 1 : f.Partner == only)
                .Select(f => (f.Reporter, f.Partner, Year: f.Period.Year))
                .Where(k => parse.GetValue(year) is not { } y || k.Year == y)
                .Distinct()
                .OrderBy(k => k.Reporter).ThenBy(k => k.Partner.ToString(), StringComparer.Ordinal).ThenBy(k => k.Year);
            foreach (var (r, p, y) in keys)
            {
                foreach (var ledger in ledgers)
                {
                    if (ledger.Total(r, p, TradePeriod.ForYear(y)) is { } total)
                    {
                        table.Add(r.Alpha2, p.ToString(), y.ToString(CultureInfo.InvariantCulture), Table.Number(total.Value.Amount, "0.##"), total.Value.Currency.Code, Kebab(total.Basis.ToString()), total.Estimated ? "yes" : "no");
                    }
                }
            }

            table.Write(terminal.Output, parse.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Leaders(Terminal terminal)
    {
        var (data, format, asOf) = (BriefCommand.DataOption(), Format(), BriefCommand.AsOfOption());
        var country = CodeOption("--country", "Only this country (ISO code).");
        var command = new Command("leaders", "The leaders in office now (their term is open), or on --as-of; with --country alone, every term of that country.") { data, format, asOf, country };
        command.SetAction(parse =>
        {
            var dataset = BriefCommand.Load(parse.GetValue(data));
            var table = new Table("Country", "Leader", "Office", "Start", "End", "Kind");
            var day = parse.GetValue(asOf);
            var only = parse.GetValue(country);
            foreach (var leader in dataset.Leaders.Where(l => only is null || l.Country == only).OrderBy(l => l.Country))
            {
                foreach (var term in leader.Terms.Where(t => day is { } d ? t.Covers(d) : only is not null || t.End is null))
                {
                    table.Add(leader.Country.Alpha2, leader.Name.Preferred, term.Office.Title, Iso(term.Start), term.End is { } end ? Iso(end) : null, Kebab(term.Kind.ToString()));
                }
            }

            table.Write(terminal.Output, parse.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Projects(Terminal terminal)
    {
        var (data, format, asOf) = (BriefCommand.DataOption(), Format(), BriefCommand.AsOfOption());
        var command = new Command("projects", "Each infrastructure project's status on a day (default: today), with the date it took effect.") { data, format, asOf };
        command.SetAction(parse =>
        {
            var dataset = BriefCommand.Load(parse.GetValue(data));
            var day = parse.GetValue(asOf) ?? Today();
            var table = new Table("Project", "Kind", "Route", "Status", "Since", "Certain");
            foreach (var project in dataset.Projects)
            {
                var status = project.StatusOn(day);
                table.Add(project.Id.Value, Kebab(project.Kind.ToString()), string.Join("-", project.Route.Select(c => c.Alpha2)),
                    status is null ? "not-started" : Kebab(status.Status.ToString()), status?.Since.ToString(), status is null ? null : status.IsCertain ? "yes" : "no");
            }

            table.Write(terminal.Output, parse.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Commitments(Terminal terminal)
    {
        var (data, format) = (BriefCommand.DataOption(), Format());
        var theme = new Option<CommitmentTheme?>("--theme") { Description = "Only this theme: " + string.Join(", ", Enum.GetNames<CommitmentTheme>().Select(Kebab)) + "." };
        theme.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            foreach (var value in Enum.GetValues<CommitmentTheme>())
            {
                if (Kebab(value.ToString()) == text)
                {
                    return value;
                }
            }

            result.AddError($"--theme: '{text}' is not a theme; expected one of: {string.Join(", ", Enum.GetNames<CommitmentTheme>().Select(Kebab))}.");
            return null;
        };
        var command = new Command("commitments", "The commitments of every declaration: theme, strength, who acts, for whom.") { data, format, theme };
        command.SetAction(parse =>
        {
            var dataset = BriefCommand.Load(parse.GetValue(data));
            var table = new Table("Declaration", "Id", "Theme", "Strength", "Actors", "Beneficiaries", "Text");
            foreach (var declaration in dataset.Declarations)
            {
                var commitments = parse.GetValue(theme) is { } only ? declaration.Commitments.OnTheme(only) : declaration.Commitments;
                foreach (var c in commitments)
                {
                    table.Add(declaration.Id.Value, c.Id.Value, Kebab(c.Theme.ToString()), Kebab(c.Strength.ToString()),
                        string.Join("+", c.Actors.Select(a => a.Alpha2)), string.Join("+", c.Beneficiaries.Select(a => a.Alpha2)), c.Text);
                }
            }

            table.Write(terminal.Output, parse.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string> Format() => Cli.FormatOption("text", "text", "markdown", "json", "csv");

    private static Option<CountryCode?> CodeOption(string name, string description) =>
        ValueOption<CountryCode?>(name, description, text => CountryCode.Parse(text, CultureInfo.InvariantCulture));

    // An option read by the library's own parser, so a bad value gets the library's reason (and code) in its message.
    private static Option<T> ValueOption<T>(string name, string description, Func<string, T> parse) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            try
            {
                return parse(text);
            }
            catch (FormatException e)
            {
                result.AddError($"{name}: {e.Message}");
                return default!;
            }
        },
    };

    private static LocalDate Today() => SystemClock.Instance.GetCurrentInstant().InUtc().Date;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Kebab(string pascal) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(pascal);
}
