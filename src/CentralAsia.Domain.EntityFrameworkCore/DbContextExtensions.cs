using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.EntityFrameworkCore.Rows;
using CentralAsia.Domain.Validation;
using Microsoft.EntityFrameworkCore;

namespace CentralAsia.Domain.EntityFrameworkCore;

/// <summary>Saves a whole <see cref="CentralAsiaDataset"/> to a context mapped with <see cref="ModelBuilderExtensions.MapCentralAsiaRecords"/>, and loads it back.</summary>
public static class DbContextExtensions
{
    /// <summary>Adds every record of a dataset to the context, each with its position (call <c>SaveChanges</c> to write them).</summary>
    /// <param name="context">The context.</param>
    /// <param name="dataset">The dataset.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void AddDataset(this DbContext context, CentralAsiaDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(dataset);
        AddAll(context, dataset.Sources);
        AddAll(context, dataset.Countries);
        AddAll(context, dataset.Leaders);
        for (var i = 0; i < dataset.TradeFlows.Length; i++)
        {
            context.Add(TradeFlowRow.From(dataset.TradeFlows[i], i));
        }

        AddAll(context, dataset.Projects);
        AddAll(context, dataset.Summits);
        AddAll(context, dataset.Declarations);
        AddAll(context, dataset.FinanceCommitments);
    }

    /// <summary>
    /// Loads every record, in the order it was added, and builds the dataset, checking the dataset's own
    /// rules (unique ids, references resolve, participants in office, …). Nothing is tracked.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="DomainValidationException">A row breaks a rule of its record (changed by hand), or the records together break a dataset rule; every error carries its code.</exception>
    /// <exception cref="Serialization.CentralAsiaJsonException">A JSON column does not hold a valid value.</exception>
    /// <exception cref="FormatException">A text column does not hold a valid value; the code is in <c>Data["ErrorCode"]</c>.</exception>
    /// <remarks>Entity Framework Core reports a value that its converter cannot read as an <see cref="InvalidOperationException"/>
    /// naming the column; this method rethrows the library's exception inside it, so the caller sees the error code.</remarks>
    public static async Task<CentralAsiaDataset> LoadDatasetAsync(this DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return new CentralAsiaDataset(
                sources: await LoadAsync<Source>(context, cancellationToken).ConfigureAwait(false),
                countries: await LoadAsync<Country>(context, cancellationToken).ConfigureAwait(false),
                leaders: await LoadAsync<Leader>(context, cancellationToken).ConfigureAwait(false),
                tradeFlows: EquatableArray.From((await context.Set<TradeFlowRow>().AsNoTracking().OrderBy(f => f.Ordinal).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(f => f.ToTradeFlow())),
                projects: await LoadAsync<InfrastructureProject>(context, cancellationToken).ConfigureAwait(false),
                summits: await LoadAsync<Summit>(context, cancellationToken).ConfigureAwait(false),
                declarations: await LoadAsync<SummitDeclaration>(context, cancellationToken).ConfigureAwait(false),
                financeCommitments: await LoadAsync<FinanceCommitment>(context, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidOperationException e) when (e.InnerException is FormatException or System.Text.Json.JsonException or DomainValidationException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static void AddAll<T>(DbContext context, IReadOnlyList<T> records)
        where T : class
    {
        for (var i = 0; i < records.Count; i++)
        {
            context.Entry(records[i]).Property(ModelBuilderExtensions.OrdinalProperty).CurrentValue = i;
            context.Add(records[i]);
        }
    }

    private static async Task<EquatableArray<T>> LoadAsync<T>(DbContext context, CancellationToken cancellationToken)
        where T : class =>
        EquatableArray.From(await context.Set<T>().AsNoTracking().OrderBy(r => EF.Property<int>(r, ModelBuilderExtensions.OrdinalProperty)).ToListAsync(cancellationToken).ConfigureAwait(false));
}
