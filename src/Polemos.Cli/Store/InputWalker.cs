using Polemos.Core;
using Polemos.Ingest;

namespace Polemos.Cli.Store;

/// <summary>
/// Turns the command line's inputs into a list of things to read: files as given, every file under a folder
/// (sorted, hidden files and folders skipped, so a re-run walks the same order), URLs as given.
/// </summary>
public static class InputWalker
{
    public static List<string> Expand(IEnumerable<string> inputs)
    {
        var items = new List<string>();
        foreach (string input in inputs)
        {
            if (UrlSource.IsUrl(input) || input == ArticleSource.StandardInput || !Directory.Exists(input))
            {
                items.Add(input);
                continue;
            }

            var files = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = System.IO.FileAttributes.Hidden })
                .Where(f => !Path.GetRelativePath(input, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                throw new PolemosException(ErrorCode.InputEmpty, $"the folder {input} holds no files");
            }

            items.AddRange(files);
        }

        return items;
    }
}
