using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Data;

/// <summary>
/// The ways into the query types from a whole dataset: a directory of its countries or leaders, a ledger of its
/// trade flows, and the questions that span its collections.
/// </summary>
/// <remarks>
/// They live here, with the dataset, because the query types sit below it: a <see cref="TradeLedger"/> is built from
/// any flows (a file of your own, a database), and only this layer knows what a dataset holds.
/// </remarks>
public static class DatasetQueries
{
    /// <summary>Builds a directory of the dataset's countries.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static CountryDirectory ToCountryDirectory(this CentralAsiaDataset dataset) => new(Preconditions.CheckNotNull(dataset).Countries);

    /// <summary>Builds a directory of the dataset's leaders.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static LeaderDirectory ToLeaderDirectory(this CentralAsiaDataset dataset) => new(Preconditions.CheckNotNull(dataset).Leaders);

    /// <summary>Builds a ledger over the dataset's trade flows.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="DomainValidationException">The flows are in more than one currency.</exception>
    public static TradeLedger ToTradeLedger(this CentralAsiaDataset dataset) => TradeLedger.Create(Preconditions.CheckNotNull(dataset).TradeFlows);

    /// <summary>Builds a ledger over the dataset's trade flows in one currency, leaving the others out.</summary>
    /// <remarks>A dataset may give a figure in two currencies (China's customs publish yuan and dollars), each its own
    /// flow; a ledger sums within one currency and never converts, so pick the currency to total in.</remarks>
    /// <param name="dataset">The dataset.</param>
    /// <param name="currency">The currency of the flows to keep.</param>
    /// <returns>The ledger, empty when no flow is in <paramref name="currency"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>, which is no currency.</exception>
    public static TradeLedger ToTradeLedger(this CentralAsiaDataset dataset, CurrencyCode currency)
    {
        Preconditions.CheckNotNull(dataset);
        if (currency == default)
        {
            throw new ArgumentException("default(CurrencyCode) is not a currency; pass one, for example CurrencyCode.Usd.", nameof(currency));
        }

        return TradeLedger.Create(dataset.TradeFlows.Where(flow => flow.Value.Currency == currency));
    }

    /// <summary>The projects that the commitments of a summit's declarations concern, each once, in dataset order.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="summit">The summit's id.</param>
    /// <returns>The projects.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<InfrastructureProject> ProjectsConcernedBy(this CentralAsiaDataset dataset, SummitId summit)
    {
        Preconditions.CheckNotNull(dataset);
        Preconditions.CheckNotNull(summit);
        var ids = dataset.Declarations.Where(d => d.Summit == summit).SelectMany(d => d.Commitments).SelectMany(c => c.Projects).ToHashSet();
        return dataset.Projects.Where(p => ids.Contains(p.Id));
    }
}
