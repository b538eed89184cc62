using System.Globalization;
using Polemos.Core;

namespace Polemos.Events;

/// <summary>A one- or two-sentence English summary in ACLED's style, built only from the record's own fields.</summary>
internal static class Notes
{
    public static string For(ExtractedRecord r)
    {
        string when = When(r);
        string a1 = r.Actor1 ?? "unidentified actors";
        string a2 = r.Actor2 ?? "";
        string where = r.Location is null ? (r.Country is null ? "" : $" in {r.Country}")
            : r.GeoPrecision == 2 ? $" near {r.Location}{Admin(r)}" : $" in {r.Location}{Admin(r)}";
        string what = r.SubEventType switch
        {
            "Air/drone strike" => $"{a1} carried out air or drone strikes" + (a2.Length > 0 ? $" against {a2}" : ""),
            "Shelling/artillery/missile attack" => $"{a1} shelled positions" + (a2.Length > 0 ? $" of {a2}" : ""),
            "Remote explosive/landmine/IED" => "an explosive device detonated" + (a2.Length > 0 ? $", targeting {a2}" : ""),
            "Suicide bomb" => $"a suicide bomber of {a1} detonated explosives" + (a2.Length > 0 ? $" against {a2}" : ""),
            "Grenade" => $"{a1} threw a grenade" + (a2.Length > 0 ? $" at {a2}" : ""),
            "Chemical weapon" => $"{a1} used chemical weapons" + (a2.Length > 0 ? $" against {a2}" : ""),
            "Non-state actor overtakes territory" or "Government regains territory" =>
                $"{a1} took control of {(r.Location ?? "an area")}" + (a2.Length > 0 ? $" from {a2}" : ""),
            "Non-violent transfer of territory" => $"{a1} handed over territory" + (a2.Length > 0 ? $" to {a2}" : ""),
            "Armed clash" => a2.Length > 0 ? $"{a1} clashed with {a2}" : $"{a1} were involved in armed clashes",
            "Attack" => $"{a1} attacked {(a2.Length > 0 ? a2 : "people")}",
            "Abduction/forced disappearance" => $"{a1} abducted {(a2.Length > 0 ? a2 : "people")}",
            "Sexual violence" => $"{a1} committed sexual violence against {(a2.Length > 0 ? a2 : "people")}",
            "Arrests" => $"{a1} arrested {(a2.Length > 0 ? "members of " + a2 : "people")}",
            "Peaceful protest" => $"{a1} demonstrated",
            "Protest with intervention" => $"{a1} demonstrated and were dispersed" + (a2.Length > 0 ? $" by {a2}" : ""),
            "Excessive force against protesters" => $"{(a2.Length > 0 ? a2 : "security forces")} used lethal force against {a1}",
            "Violent demonstration" => $"{a1} rioted",
            "Mob violence" => $"a mob attacked {(a2.Length > 0 ? a2 : "people")}",
            "Agreement" => $"{a1} reached an agreement" + (a2.Length > 0 ? $" with {a2}" : ""),
            "Looting/property destruction" => $"{a1} looted or destroyed property",
            "Disrupted weapons use" => $"{a1} defused or intercepted weapons",
            _ => $"{a1} were involved in a {r.SubEventType?.ToLowerInvariant() ?? "development"}",
        };
        if (r.SubEventType is "Non-state actor overtakes territory" or "Government regains territory")
        {
            // The place is already the object of "took control of": give only where it lies.
            where = r.Location is null ? (r.Country is null ? "" : $" in {r.Country}") : Admin(r);
        }

        var sb = new System.Text.StringBuilder();
        sb.Append(when).Append(", ").Append(what).Append(where).Append('.');
        // Written into the builder as they are found (one note per record): "3 killed, 2 wounded." A toll starts with
        // its number, so the sentence needs no capital.
        string separator = " ";
        if (r.Fatalities > 0)
        {
            sb.Append(separator).Append(r.Fatalities).Append(" killed");
            separator = ", ";
        }

        if (r.Wounded > 0)
        {
            sb.Append(separator).Append(r.Wounded).Append(" wounded");
            separator = ", ";
        }

        if (r.Captured > 0)
        {
            sb.Append(separator).Append(r.Captured).Append(" captured");
            separator = ", ";
        }

        if (separator == ", ")
        {
            sb.Append('.');
        }

        if (r.Certainty is Certainty.Unconfirmed)
        {
            sb.Append(" The report is unconfirmed.");
        }
        else if (r.Certainty is Certainty.Denied)
        {
            sb.Append(" A party denied it.");
        }
        else if (r.Certainty is Certainty.Alleged)
        {
            sb.Append(" Attributed to a source.");
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    /// <summary>The note of people displaced, coded as a strategic development: "On 8 March 2021, Civilians (Syria) were displaced from Sarmin (Idleb, Syria)."</summary>
    public static string Displaced(ExtractedRecord r)
    {
        string from = r.Location is null ? (r.Country is null ? "" : $" in {r.Country}") : $" from {r.Location}{Admin(r)}";
        return $"{When(r)}, {r.Actor1 ?? "people"} were displaced{from}.";
    }

    private static string When(ExtractedRecord r) =>
        r.Habitual ? "Repeatedly" : r.EventDate is { } d && r.TimePrecision == 1
            ? "On " + DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : r.EventDate is { } w ? "Around " + DateOnly.ParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : "On an unreported date";

    private static string Admin(ExtractedRecord r) =>
        r.Admin1 is not null && r.Country is not null ? $" ({r.Admin1}, {r.Country})" : r.Country is not null ? $" ({r.Country})" : "";
}
