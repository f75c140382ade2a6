// The summit briefing: who met, what they committed to, China's trade with each partner, and the
// state of the projects — from the embedded reference dataset or a dataset file of your own.
//
//   dotnet run --project samples/SummitBrief
//   dotnet run --project samples/SummitBrief -- --as-of 2025-06-17 --format markdown --svg trade.svg
return SummitBrief.BriefCommand.Run(args, System.Console.Out, System.Console.Error);
