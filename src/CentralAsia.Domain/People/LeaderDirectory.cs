using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.People;

/// <summary>
/// Who held office when, and who a name means: office holders on a date (acting terms included),
/// every term of a leader, and leaders found by any spelling of their name.
/// </summary>
/// <remarks>
/// <para>Name lookup compares the preferred name and every alias, insensitive to case, diacritics
/// and punctuation, and also compares consonant skeletons that absorb the usual
/// romanisation differences (Berdymukhamedov / Berdimuhamedow, Tokaev / Tokayev, Zhaparov /
/// Japarov). A query matches a name when each of its words matches a word of the name, so a
/// surname alone finds the full name. Lookup never guesses: an unknown name gives no leader, and a
/// shared name gives every candidate — or, when a date is given, the candidates in office that day
/// (the two Berdimuhamedows of Turkmenistan, father and son).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LeaderDirectory
{
    private readonly (Leader Leader, string[] Folded, string[][] Skeletons)[] entries;

    /// <summary>Builds a directory of leaders.</summary>
    /// <param name="leaders">The leaders.</param>
    /// <exception cref="ArgumentNullException"><paramref name="leaders"/> or one of them is null.</exception>
    public LeaderDirectory(IEnumerable<Leader> leaders)
    {
        Leaders = EquatableArray.From(Preconditions.CheckNotNull(leaders).Select(l => Preconditions.CheckNotNull(l)));
        entries = Leaders.Select(l =>
        {
            string[] forms = [l.Name.Preferred, .. l.Name.Aliases.Select(a => a.Text)];
            return (l, forms.Select(NameMatching.Fold).ToArray(), forms.Select(NameMatching.Skeleton).ToArray());
        }).ToArray();
    }

    /// <summary>The leaders of the directory.</summary>
    public EquatableArray<Leader> Leaders { get; }

    /// <summary>Who held the office with this title in the country on the date, acting terms included.</summary>
    /// <param name="country">The country.</param>
    /// <param name="officeTitle">The office's title, for example "President of the Republic of Kazakhstan".</param>
    /// <param name="date">The day.</param>
    /// <returns>The holder and term, or null when nobody held it that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="officeTitle"/> is null.</exception>
    public Incumbency? Incumbent(CountryCode country, string officeTitle, LocalDate date)
    {
        Preconditions.CheckNotNull(officeTitle);
        return Holders(country, date, t => string.Equals(t.Office.Title, officeTitle, StringComparison.Ordinal)).FirstOrDefault();
    }

    /// <summary>Who was head of state of the country on the date (a president, or a chairman acting as head of state).</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <returns>The holder and term, or null when the dataset names nobody.</returns>
    public Incumbency? HeadOfState(CountryCode country, LocalDate date) =>
        Holders(country, date, t => t.Office.Role == OfficeRole.HeadOfState).FirstOrDefault();

    /// <summary>Every term of the leader with this id, in order.</summary>
    /// <param name="id">The leader's id.</param>
    /// <returns>The terms, or an empty list for an unknown id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public EquatableArray<Term> TermsOf(LeaderId id)
    {
        Preconditions.CheckNotNull(id);
        return Leaders.FirstOrDefault(l => l.Id == id)?.Terms ?? default;
    }

    /// <summary>The leaders a name may mean (see the type's remarks).</summary>
    /// <param name="name">Any spelling of a name, or part of one ("Tokaev", "Berdymukhamedov", "Xi").</param>
    /// <param name="onDate">When given and several leaders match, only those in office that day (if any).</param>
    /// <returns>Every candidate, in the directory's order; empty for an unknown name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public EquatableArray<Leader> FindByName(string name, LocalDate? onDate = null)
    {
        Preconditions.CheckNotNull(name);
        var folded = NameMatching.Fold(name);
        var skeleton = NameMatching.Skeleton(name);

        // Both passes, always: a spelling that is one leader's exact alias may be a namesake's
        // transliteration ("Berdymukhammedov" is an alias of the father and a skeleton match of the son).
        var candidates = entries
            .Where(e => e.Folded.Any(f => NameMatching.WordsMatch(folded, f)) || e.Skeletons.Any(s => NameMatching.SkeletonMatches(skeleton, s)))
            .Select(e => e.Leader)
            .ToList();

        // With one candidate the filter keeps it either way, so it needs no count check.
        if (onDate is { } date)
        {
            var inOffice = candidates.Where(l => l.Terms.Any(t => t.Covers(date))).ToList();
            if (inOffice.Count > 0)
            {
                candidates = inOffice;
            }
        }

        return EquatableArray.From(candidates);
    }

    private IEnumerable<Incumbency> Holders(CountryCode country, LocalDate date, Func<Term, bool> office) =>
        from leader in Leaders
        where leader.Country == country
        from term in leader.Terms
        where office(term) && term.Covers(date)
        orderby term.Start descending
        select new Incumbency(leader, term);
}
