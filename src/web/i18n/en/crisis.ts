/** English: the crisis screens. */
export const crisis = {
  "flag": "Flag significant",
  "significance": {"flagged": "Flagged", "confirmed": "Significant event"},
  "nav": "Crisis",
  "title": "Crisis incidents",
  "intro": "Incidents your organisation declared or takes part in. Every change reaches the other organisations live.",
  "declare": "Declare incident",
  "none": "No incidents",
  "exercise": "EXERCISE",
  "live": "live",
  "offline": "reconnecting…",
  "report": "Printable report",
  "transitions": "Phase and terror plan",
  "apply": "Apply",
  "participants": "Organisations",
  "log": "Log",
  "tasks": "Tasks",
  "units": "Units and assets",
  "sitreps": "Situation reports",
  "chainOk": "Hash chain intact",
  "chainBroken": "Hash chain broken at #{{seq}}",
  "logPlaceholder": "Decision or communication…",
  "addLog": "Add to log",
  "significant": "Significant",
  "confirm": "Confirm",
  "correction": "correction",
  "protocol": "Protocol",
  "activate": "Activate",
  "blockedReason": "Why is it blocked?",
  "sitrepNo": "Situation report {{n}}",
  "approvedBy": "approved by {{who}}",
  "approve": "Approve",
  "sitrepPlaceholder": "Situation summary…",
  "addSitrep": "Write situation report",
  "col": {
    "title": "Incident",
    "state": "State",
    "organisation": "Declared by",
    "occurred": "Occurred"
  },
  "field": {
    "title": "Title",
    "type": "Type",
    "municipality": "Municipality",
    "occurredAt": "Time",
    "lat": "Latitude",
    "lon": "Longitude",
    "description": "Description",
    "exercise": "Exercise",
    "phase": "Phase",
    "terror": "Terror plan",
    "reason": "Reason"
  },
  "status": {
    "open": "Open",
    "closed": "Closed"
  },
  "phase": {
    "municipal": "Municipal phase",
    "provincial": "Provincial phase",
    "federal": "Federal phase"
  },
  "terror": {
    "none": "Terror plan: none",
    "pre-alert": "Terror plan: pre-alert",
    "alert": "Terror plan: alert"
  },
  "type": {
    "terror-attack": "Terror attack",
    "explosion": "Explosion",
    "shooting": "Shooting",
    "hostage-taking": "Hostage-taking",
    "cbrn": "CBRN",
    "vehicle-ramming": "Vehicle ramming",
    "other": "Other"
  },
  "participant": {
    "alerted": "alerted",
    "standing-by": "standing by",
    "active": "active",
    "deactivated": "deactivated",
    "unable": "unable"
  },
  "logKind": {
    "decision": "Decision",
    "communication": "Communication",
    "phase": "Phase",
    "closure": "Closure",
    "participant": "Organisation",
    "protocol": "Protocol",
    "terror-state": "Terror plan"
  },
  "taskStatus": {
    "todo": "To do",
    "doing": "Doing",
    "done": "Done",
    "blocked": "Blocked"
  },
  "unitStatus": {
    "requested": "Requested",
    "dispatched": "Dispatched",
    "on-site": "On site",
    "released": "Released"
  }
};
