using System.Text;
using Polemos.Core;

namespace Polemos.Ingest.Tests;

/// <summary>A fresh folder per test, removed afterwards; inputs are real files, as the command line sees them.</summary>
public abstract class TempFolder : IDisposable
{
    protected TempFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "polemos-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    protected string Folder { get; }

    protected List<InputProblem> Problems { get; } = [];

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    protected string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    protected string WriteBytes(string name, byte[] bytes)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected List<ArticleInput> Read(string path, ReaderOptions? options = null) =>
        ArticleSource.Read(path, options ?? new ReaderOptions(), Problems.Add).ToList();

    protected PolemosException Refused(string path, ReaderOptions? options = null) =>
        Assert.Throws<PolemosException>(() => Read(path, options));
}
