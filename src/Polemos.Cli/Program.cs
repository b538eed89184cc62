using System.CommandLine;
using Polemos.Cli;
using Polemos.Core;

return Cli.Run(args);
