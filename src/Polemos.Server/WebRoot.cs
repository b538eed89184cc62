namespace Polemos.Server;

/// <summary>Finds the built web page: <c>$POLEMOS_WEB</c>, else wwwroot beside the program, else web/dist in a source checkout.</summary>
public static class WebRoot
{
    public static string? Find()
    {
        string? env = Environment.GetEnvironmentVariable("POLEMOS_WEB");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        }

        string beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html")))
        {
            return beside;
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string dist = Path.Combine(dir.FullName, "web", "dist");
                if (File.Exists(Path.Combine(dist, "index.html")))
                {
                    return dist;
                }
            }
        }

        return null;
    }
}
