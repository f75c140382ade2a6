using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Data;

/// <summary>
/// The rules no single record can check: unique ids, references that resolve, participants in office
/// on the summit dates, signatories who attended, no two holders of one office at once, no
/// duplicate trade figures. Null elements were reported before and are skipped here.
/// </summary>
internal static class DatasetRules
{
    internal static void Validate(
        ref ErrorCollector errors, EquatableArray<Source> sources, EquatableArray<Country> countries, EquatableArray<Leader> leaders,
        EquatableArray<TradeFlow> tradeFlows, EquatableArray<InfrastructureProject> projects, EquatableArray<Summit> summits,
        EquatableArray<SummitDeclaration> declarations, EquatableArray<FinanceCommitment> financeCommitments, UnbuiltRecords unbuilt)
    {
        var sourceIds = UniqueIds(ref errors, sources, s => s.Id.Value, "/sources", "/id");
        var leaderById = UniqueIds(ref errors, leaders, l => l.Id.Value, "/leaders", "/id");
        var projectIds = UniqueIds(ref errors, projects, p => p.Id.Value, "/projects", "/id");
        var summitById = UniqueIds(ref errors, summits, s => s.Id.Value, "/summits", "/id");
        UniqueIds(ref errors, declarations, d => d.Id.Value, "/declarations", "/id");
        var countryCodes = UniqueIds(ref errors, countries, c => c.Code.Alpha2, "/countries", "/code");

        // Country references are checked only when the dataset lists countries: ISO codes are
        // self-describing, and a trade file need not carry a record for each of 249 countries.
        var checkCountries = countryCodes.Count > 0;
        var context = new Context(sourceIds, countryCodes, checkCountries, unbuilt);

        for (var i = 0; i < countries.Length; i++)
        {
            if (countries[i] is { } country)
            {
                context.Citations(ref errors, country.Citations, DeferredPointer.At("/countries", i));
            }
        }

        ValidateLeaders(ref errors, leaders, context);
        ValidateTradeFlows(ref errors, tradeFlows, context);
        ValidateProjects(ref errors, projects, context);
        ValidateSummits(ref errors, summits, leaderById, context);
        ValidateDeclarations(ref errors, declarations, summitById, leaderById, projectIds, context);
        ValidateFinanceCommitments(ref errors, financeCommitments, projectIds, context);
    }

    private static void ValidateFinanceCommitments(
        ref ErrorCollector errors, EquatableArray<FinanceCommitment> commitments, Dictionary<string, InfrastructureProject> projectIds, Context context)
    {
        var seen = new Dictionary<int, int>(commitments.Length);
        for (var i = 0; i < commitments.Length; i++)
        {
            var commitment = commitments[i];
            if (commitment is null)
            {
                continue;
            }

            var path = DeferredPointer.At("/financeCommitments", i);
            if (!seen.TryAdd(commitment.RecordId, i))
            {
                errors.Add(ErrorCodes.DatasetIdDuplicate, path.Property("/recordId").ToString(), $"The record id {commitment.RecordId} is already used by /financeCommitments/{seen[commitment.RecordId]}.");
            }

            context.Country(ref errors, commitment.Recipient, path.Property("/recipient"));
            if (commitment.Project is { } project && !projectIds.ContainsKey(project.Value))
            {
                context.Unresolved(ref errors, "projects", project.Value, path.Property("/project"), $"No project has the id '{project}'.");
            }

            if (!context.CitationsResolve(commitment.Citations))
            {
                context.Citations(ref errors, commitment.Citations, path);
            }
        }
    }

    private static void ValidateLeaders(ref ErrorCollector errors, EquatableArray<Leader> leaders, Context context)
    {
        for (var i = 0; i < leaders.Length; i++)
        {
            var leader = leaders[i];
            if (leader is null)
            {
                continue;
            }

            var path = DeferredPointer.At("/leaders", i);
            context.Country(ref errors, leader.Country, path.Property("/country"));
            context.Citations(ref errors, leader.Citations, path);
            for (var t = 0; t < leader.Terms.Length; t++)
            {
                var term = leader.Terms[t];
                context.Citations(ref errors, term.Citations, path.Item("/terms", t));

                // Another leader holding the same office in the same country at the same time.
                var earlier = leaders.AsSpan()[..i];
                for (var j = 0; j < earlier.Length; j++)
                {
                    var other = earlier[j];
                    if (other is null || other.Country != leader.Country || other.Id == leader.Id)
                    {
                        continue;
                    }

                    foreach (var otherTerm in other.Terms)
                    {
                        if (otherTerm.Office == term.Office && Overlap(term, otherTerm))
                        {
                            errors.Add(
                                ErrorCodes.DatasetTermsOverlap,
                                path.Item("/terms", t).Property("/start").ToString(),
                                $"{leader.Name} and {other.Name} (/leaders/{j}) both hold '{term.Office.Title}' in {leader.Country} on {Later(term, otherTerm):uuuu-MM-dd}.");
                        }
                    }
                }
            }
        }
    }

    private static void ValidateTradeFlows(ref ErrorCollector errors, EquatableArray<TradeFlow> flows, Context context)
    {
        // The same figure in two currencies (China's customs publish yuan and dollars) is two figures, not a repeat.
        var seen = new Dictionary<(CountryCode, TradePartner, FlowDirection, TradePeriod, HsCode?, CurrencyCode), int>(flows.Length);
        for (var i = 0; i < flows.Length; i++)
        {
            var flow = flows[i];
            if (flow is null)
            {
                continue;
            }

            // Paths are built only for an error (DeferredPointer): 100k valid flows should not allocate 300k strings.
            if (!context.HasCountry(flow.Reporter))
            {
                context.Country(ref errors, flow.Reporter, DeferredPointer.At("/tradeFlows", i).Property("/reporter"));
            }

            foreach (var partner in flow.Partner.Countries)
            {
                if (!context.HasCountry(partner))
                {
                    context.Country(ref errors, partner, DeferredPointer.At("/tradeFlows", i).Property("/partner"));
                }
            }

            if (!context.CitationsResolve(flow.Citations))
            {
                context.Citations(ref errors, flow.Citations, DeferredPointer.At("/tradeFlows", i));
            }

            var key = (flow.Reporter, flow.Partner, flow.Direction, flow.Period, flow.Commodity, flow.Value.Currency);
            if (!seen.TryAdd(key, i))
            {
                errors.Add(
                    ErrorCodes.DatasetTradeFlowDuplicate,
                    DeferredPointer.At("/tradeFlows", i).ToString(),
                    $"/tradeFlows/{seen[key]} already gives {flow.Reporter}'s {flow.Direction} figure with {flow.Partner} for {flow.Period} in {flow.Value.Currency}; keep one figure per reporter and currency and record the other source in its note.");
            }
        }
    }

    private static void ValidateProjects(ref ErrorCollector errors, EquatableArray<InfrastructureProject> projects, Context context)
    {
        for (var i = 0; i < projects.Length; i++)
        {
            var project = projects[i];
            if (project is null)
            {
                continue;
            }

            var path = DeferredPointer.At("/projects", i);
            for (var r = 0; r < project.Route.Length; r++)
            {
                context.Country(ref errors, project.Route[r], path.Item("/route", r));
            }

            context.Citations(ref errors, project.Citations, path);
            for (var h = 0; h < project.History.Length; h++)
            {
                context.Citations(ref errors, project.History[h].Citations, path.Item("/history", h));
            }
        }
    }

    private static void ValidateSummits(ref ErrorCollector errors, EquatableArray<Summit> summits, Dictionary<string, Leader> leaderById, Context context)
    {
        for (var i = 0; i < summits.Length; i++)
        {
            var summit = summits[i];
            if (summit is null)
            {
                continue;
            }

            var path = DeferredPointer.At("/summits", i);
            context.Country(ref errors, summit.Host, path.Property("/host"));
            context.Citations(ref errors, summit.Citations, path);
            for (var p = 0; p < summit.Participants.Length; p++)
            {
                var id = summit.Participants[p];
                if (!leaderById.TryGetValue(id.Value, out var leader))
                {
                    context.Unresolved(ref errors, "leaders", id.Value, path.Item("/participants", p), $"No leader has the id '{id}'.");
                }
                else if (!InOffice(leader, summit))
                {
                    errors.Add(ErrorCodes.DatasetParticipantNotInOffice, path.Item("/participants", p).ToString(), $"{leader.Name} held no office between {summit.Start:uuuu-MM-dd} and {summit.End:uuuu-MM-dd}.");
                }
            }
        }
    }

    private static void ValidateDeclarations(
        ref ErrorCollector errors, EquatableArray<SummitDeclaration> declarations, Dictionary<string, Summit> summitById,
        Dictionary<string, Leader> leaderById, Dictionary<string, InfrastructureProject> projectIds, Context context)
    {
        for (var i = 0; i < declarations.Length; i++)
        {
            var declaration = declarations[i];
            if (declaration is null)
            {
                continue;
            }

            var path = DeferredPointer.At("/declarations", i);
            context.Citations(ref errors, declaration.Citations, path);
            summitById.TryGetValue(declaration.Summit.Value, out var summit);
            if (summit is null)
            {
                context.Unresolved(ref errors, "summits", declaration.Summit.Value, path.Property("/summit"), $"No summit has the id '{declaration.Summit}'.");
            }
            else if (declaration.Adopted < summit.Start || declaration.Adopted > summit.End)
            {
                errors.Add(ErrorCodes.DatasetDeclarationOutsideSummit, path.Property("/adopted").ToString(), $"Adopted on {declaration.Adopted:uuuu-MM-dd}, outside the summit ({summit.Start:uuuu-MM-dd} to {summit.End:uuuu-MM-dd}).");
            }

            for (var s = 0; s < declaration.Signatories.Length; s++)
            {
                var id = declaration.Signatories[s];
                if (!leaderById.ContainsKey(id.Value))
                {
                    context.Unresolved(ref errors, "leaders", id.Value, path.Item("/signatories", s), $"No leader has the id '{id}'.");
                }
                else if (summit is not null && !summit.Participants.AsSpan().Contains(id))
                {
                    errors.Add(ErrorCodes.DatasetSignatoryNotParticipant, path.Item("/signatories", s).ToString(), $"'{id}' signed but is not a participant of {summit.Id}.");
                }
            }

            for (var c = 0; c < declaration.Commitments.Length; c++)
            {
                var commitment = declaration.Commitments[c];
                var commitmentPath = path.Item("/commitments", c);
                context.Citations(ref errors, commitment.Citations, commitmentPath);
                for (var a = 0; a < commitment.Actors.Length; a++)
                {
                    context.Country(ref errors, commitment.Actors[a], commitmentPath.Item("/actors", a));
                }

                for (var b = 0; b < commitment.Beneficiaries.Length; b++)
                {
                    context.Country(ref errors, commitment.Beneficiaries[b], commitmentPath.Item("/beneficiaries", b));
                }

                for (var p = 0; p < commitment.Projects.Length; p++)
                {
                    if (!projectIds.ContainsKey(commitment.Projects[p].Value))
                    {
                        context.Unresolved(ref errors, "projects", commitment.Projects[p].Value, commitmentPath.Item("/projects", p), $"No project has the id '{commitment.Projects[p]}'.");
                    }
                }
            }

            for (var q = 0; q < declaration.Quotes.Length; q++)
            {
                var quote = declaration.Quotes[q];
                var quotePath = path.Item("/quotes", q);
                context.Citations(ref errors, quote.Citations, quotePath);
                if (!leaderById.ContainsKey(quote.Speaker.Value))
                {
                    context.Unresolved(ref errors, "leaders", quote.Speaker.Value, quotePath.Property("/speaker"), $"No leader has the id '{quote.Speaker}'.");
                }
            }
        }
    }

    /// <summary>Maps each id to its record, reporting every repeat at the repeat's path.</summary>
    private static Dictionary<string, T> UniqueIds<T>(ref ErrorCollector errors, EquatableArray<T> items, Func<T, string> id, string path, string idPath)
        where T : class
    {
        var byId = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } item && !byId.TryAdd(id(item), item))
            {
                errors.Add(ErrorCodes.DatasetIdDuplicate, DeferredPointer.At(path, i).Property(idPath).ToString(), $"'{id(item)}' is already used by another element of {path[1..]}.");
            }
        }

        return byId;
    }

    private static bool Overlap(Term a, Term b) =>
        (a.End is not { } aEnd || b.Start < aEnd) && (b.End is not { } bEnd || a.Start < bEnd);

    private static NodaTime.LocalDate Later(Term a, Term b) => NodaTime.LocalDate.Max(a.Start, b.Start);

    private static bool InOffice(Leader leader, Summit summit)
    {
        foreach (var term in leader.Terms)
        {
            if (term.Covers(summit.Start) || term.Covers(summit.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What reference checks need to know.</summary>
    private sealed class Context(Dictionary<string, Source> sourceIds, Dictionary<string, Country> countryCodes, bool checkCountries, UnbuiltRecords unbuilt)
    {
        /// <summary>Reports a reference that resolves to nothing — unless its target is in the document but could not be built (its own errors say why).</summary>
        internal void Unresolved(ref ErrorCollector errors, string collection, string key, DeferredPointer path, string message)
        {
            if (!unbuilt.Contains(collection, key))
            {
                errors.Add(ErrorCodes.DatasetReferenceUnresolved, path.ToString(), message);
            }
        }

        internal void Citations(ref ErrorCollector errors, EquatableArray<SourceId> citations, DeferredPointer path)
        {
            for (var c = 0; c < citations.Length; c++)
            {
                if (!sourceIds.ContainsKey(citations[c].Value))
                {
                    Unresolved(ref errors, "sources", citations[c].Value, path.Item("/citations", c), $"No source has the id '{citations[c]}'.");
                }
            }
        }

        internal bool CitationsResolve(EquatableArray<SourceId> citations)
        {
            foreach (var citation in citations.AsSpan())
            {
                if (!sourceIds.ContainsKey(citation.Value))
                {
                    return false;
                }
            }

            return true;
        }

        internal bool HasCountry(CountryCode code) => !checkCountries || countryCodes.ContainsKey(code.Alpha2);

        internal void Country(ref ErrorCollector errors, CountryCode code, DeferredPointer path)
        {
            if (!HasCountry(code))
            {
                Unresolved(ref errors, "countries", code.Alpha2, path, $"The dataset lists countries, but not {code} ({code.EnglishName}).");
            }
        }
    }
}
