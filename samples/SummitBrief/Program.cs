// The summit briefing: who met, what they committed to, China's trade with each partner (and over time), and
// the state of the projects — from the embedded reference dataset or a dataset file of your own. It is
// `centralasia brief`, the tool's command (src/CentralAsia.Domain.Tool), run without installing it.
//
//   dotnet run --project samples/SummitBrief
//   dotnet run --project samples/SummitBrief -- --as-of 2025-06-17 --format markdown --svg trade.svg
//   dotnet run --project samples/SummitBrief -- --summit xian-2023
return await CentralAsia.Tool.Cli.RunAsync(["brief", .. args], CentralAsia.Tool.Terminal.FromConsole());
