using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static CentralAsia.Domain.Validation.ErrorCodes;

namespace CentralAsia.Domain.Tests.Data;

/// <summary>
/// A dataset may give one figure in several currencies (China's customs publish yuan and dollars): each is its own
/// figure, and a ledger in one currency holds exactly that currency's flows.
/// </summary>
public class CurrencyPropertyTests
{
    private static readonly Gen<TradeFlow> Uncited = DomainGen.TradeFlowCiting(Gen.Constant(default(EquatableArray<SourceId>)));

    /// <summary>Any mixture of currencies: the ledger for each holds its flows, in dataset order, and they add up to the dataset.</summary>
    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property A_ledger_in_one_currency_holds_exactly_that_currencys_flows() => Prop.ForAll(
        Gen.ArrayOf(Uncited).Select(Distinct).ToArbitrary(),
        flows =>
        {
            var dataset = new CentralAsiaDataset(tradeFlows: EquatableArray.Create<TradeFlow>(flows));
            var total = 0;
            foreach (var currency in CurrencyCode.All)
            {
                var ledger = dataset.ToTradeLedger(currency);
                Assert.Equal(flows.Where(f => f.Value.Currency == currency), ledger.Flows);
                total += ledger.Flows.Length;
            }

            Assert.Equal(flows.Length, total);
        });

    /// <summary>The same figure in another currency is never a duplicate; another figure in the same currency always is.</summary>
    [Property(MaxTest = 300 / Runs.Divisor)]
    public Property Only_a_second_figure_in_the_same_currency_is_a_duplicate() => Prop.ForAll(
        Uncited.SelectMany(_ => DomainGen.Currency, (flow, currency) => (flow, currency)).ToArbitrary(),
        pair =>
        {
            var (flow, currency) = pair;
            var other = new TradeFlow(flow.Reporter, flow.Partner, flow.Direction, flow.Period, new Money(flow.Value.Amount + 1m, currency), flow.Valuation, flow.Commodity);
            var errors = CentralAsiaDataset.TryCreate(tradeFlows: [flow, other]).Errors;
            if (currency == flow.Value.Currency)
            {
                var error = Assert.Single(errors);
                Assert.Equal((DatasetTradeFlowDuplicate, "/tradeFlows/1"), (error.Code, error.Path));
                Assert.Contains($"in {currency}", error.Message, System.StringComparison.Ordinal);
            }
            else
            {
                Assert.Empty(errors);
            }
        });

    // Random flows may repeat a figure; keep the first of each, as a dataset must.
    private static TradeFlow[] Distinct(TradeFlow[] flows) =>
        flows.DistinctBy(f => (f.Reporter, f.Partner, f.Direction, f.Period, f.Commodity, f.Value.Currency)).ToArray();
}
