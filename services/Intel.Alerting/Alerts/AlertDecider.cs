using Intel.ServiceDefaults.Auth;

namespace Intel.Alerting.Alerts;

/// <summary>An analyst's step in an alert's lifecycle.</summary>
public abstract record AlertCommand(Guid AlertId, Caller By, DateTimeOffset At);

public sealed record AcknowledgeAlert(Guid AlertId, Caller By, DateTimeOffset At) : AlertCommand(AlertId, By, At);

public sealed record CloseAlert(Guid AlertId, Caller By, DateTimeOffset At) : AlertCommand(AlertId, By, At);

/// <summary>Why a command is refused: the field it concerns, the reason, and the status that answers it.</summary>
public sealed record AlertRefusal(int Status, string Field, string Reason);

public sealed record AlertDecision(IReadOnlyList<object> Events, AlertRefusal? Refusal = null);

/// <summary>
/// Raised, acknowledged, closed. Asking again for what already holds records nothing (the first stays the one
/// in the history); another agency's alert does not exist for the caller.
/// </summary>
public static class AlertDecider
{
    public static AlertDecision Decide(Alert? alert, AlertCommand command)
    {
        if (alert is null || alert.Agency != command.By.Agency)
        {
            return new([], new AlertRefusal(StatusCodes.Status404NotFound, "id", "No such alert."));
        }
        var (by, at) = (command.By, command.At);
        return command switch
        {
            AcknowledgeAlert when alert.Status == AlertStatus.Raised => new([new AlertAcknowledged(alert.Id, by.ClientId, at, by.PersonName)]),
            CloseAlert when alert.Status != AlertStatus.Closed => new([new AlertClosed(alert.Id, by.ClientId, at, by.PersonName)]),
            _ => new([]),
        };
    }
}
