/** English: the crisis screens. */
export const crisis = {
  "flag": "Flag significant",
  "significance": {"flagged": "Flagged", "confirmed": "Significant event"},
  "nav": "Crisis",
  "map": {"open": "Map", "title": "Map of the incident", "intro": "The incident's place, units with a position, active cordons and the areas of its public alerts.", "noMap": "The map cannot be drawn in this browser (no WebGL). Cordons can still be set as a circle with the fields below.", "unplaced_one": "{{count}} unit has no position and is not on the map.", "unplaced_other": "{{count}} units have no position and are not on the map.", "newCordon": "New cordon", "mode": {"view": "Look", "circle": "Circle", "polygon": "Polygon"}, "finish": "Close polygon", "undo": "Undo corner", "polygonHelp": "Click the corners of the cordon on the map, then close the polygon.", "circleHelp": "Click the centre on the map, then a point on the edge.", "kindLabel": "Kind of cordon", "kind": {"inner": "Inner cordon", "outer": "Outer cordon", "traffic": "Traffic cordon"}, "label": "Label", "polygonReady_one": "Polygon with {{count}} corner, ready to save.", "polygonReady_other": "Polygon with {{count}} corners, ready to save.", "polygonPending_one": "{{count}} corner placed.", "polygonPending_other": "{{count}} corners placed.", "radius": "Radius (km)", "save": "Set cordon", "clear": "Clear", "cordons": "Cordons", "noCordons": "No cordons yet.", "setBy": "set by {{who}}, {{at}}", "liftedBy": "lifted by {{who}}, {{at}}", "lift": "Lift", "alerts": "Public alerts of the incident", "noAlerts": "No public alerts for this incident.", "circleText": "circle, {{km}} km", "polygonText_one": "polygon, {{count}} corner", "polygonText_other": "polygon, {{count}} corners", "legend": {"incident": "Incident", "alert": "Alert area", "municipalities": "Alerted municipalities"}, "pickHelp": "Click the map to set the place (latitude and longitude below).", "place": {"title": "Place a unit", "unit": "Unit", "help": "Choose a unit, then click its place on the map (or type the latitude and longitude).", "save": "Save position", "none": "No unit to place (released units are not on the map)."}},
  "title": "Crisis incidents",
  "intro": "Incidents your organisation declared or takes part in. Every change reaches the other organisations live.",
  "declare": "Declare incident",
  "none": "No incidents",
  "exercise": "EXERCISE",
  "live": "live",
  "offline": "reconnecting…",
  "report": "Printable report",
  "reportPdf": "Download PDF",
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
    "organisation": "Organisation",
    "status": "Status",
    "discipline": "Discipline",
    "task": "Task",
    "role": "Role",
    "dueAt": "Due",
    "unitName": "Unit",
    "unitKind": "Kind",
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
    "terror-state": "Terror plan",
    "cordon": "Cordon"
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
  },
  "participantStatus": "Status of {{org}}",
  "addParticipant": "Add an organisation",
  "add": "Add",
  "cancel": "Cancel",
  "remove": "Remove",
  "correctionOf": "correction of #{{seq}}",
  "correctedBy": "corrected by {{seqs}}",
  "correct": "Correct",
  "correcting": "Correcting #{{seq}}: {{text}}",
  "correctionPlaceholder": "The corrected text…",
  "correctionReason": "Why the entry is corrected…",
  "addCorrection": "Add correction",
  "logKindLabel": "Kind of entry",
  "addTask": "Add task",
  "requestUnit": "Request unit",
  "taskStatusOf": "Status of {{title}}",
  "unitStatusOf": "Status of {{name}}",
  "position": {"none": "no position", "edit": "Position…", "save": "Save position", "clear": "Take off the map", "both": "Give both latitude and longitude, or neither.", "outsideLat": "Must lie in Belgium (latitude {{min}}–{{max}}).", "outsideLon": "Must lie in Belgium (longitude {{min}}–{{max}}).", "of": "Position of {{name}}", "hint": "Optional: where the unit is, to show it on the incident map."},
  "terrorShort": {"none": "none", "pre-alert": "pre-alert", "alert": "alert"},
  "discipline": {"D1": "relief", "D2": "medical and psychosocial", "D3": "police", "D4": "logistics", "D5": "information"},
  "close": {
    "title": "Close the incident",
    "hint": "Closing ends the response: no more log entries, tasks or units. The review stays open for changes.",
    "button": "Close incident…",
    "confirm": "Close it now"
  },
  "links": {
    "assessments": "Linked threat assessments",
    "noAssessments": "No linked threat assessments you may see",
    "assessment": "Threat assessment",
    "addAssessment": "Link assessment",
    "assessedAt": "assessed {{at}}",
    "target": {"subject": "subject", "country": "country", "sector": "sector", "event": "event", "place": "place"},
    "title": "Linked intelligence subjects",
    "hint": "You see only the subjects your organisation may read.",
    "none": "No linked subjects you may see",
    "level": "threat level {{level}}",
    "remove": "Remove",
    "subject": "Subject",
    "add": "Link subject"
  },
  "review": {
    "open": "After-action review",
    "title": "After-action review",
    "intro": "Objectives and the capabilities they test, rated P / S / M / U; strengths; areas for improvement; and the improvement plan that feeds back into the protocols.",
    "none": "No review has been written for this incident yet.",
    "start": "Start the review",
    "edit": "Edit",
    "complete": "Complete the review",
    "completedAt": "completed {{at}}",
    "status": {
      "draft": "Draft",
      "completed": "Completed"
    },
    "objectives": "Objectives and capabilities",
    "objective": "Objective",
    "capability": "Capability",
    "ratingLabel": "Rating",
    "rating": {
      "P": "performed without challenges",
      "S": "performed with some challenges",
      "M": "performed with major challenges",
      "U": "unable to be performed"
    },
    "addObjective": "Add objective",
    "strengths": "Strengths",
    "strength": "Strength",
    "addStrength": "Add strength",
    "improvements": "Areas for improvement",
    "observation": "Finding (observation)",
    "analysis": "Analysis",
    "recommendation": "Lesson (recommendation)",
    "addImprovement": "Add area for improvement",
    "save": "Save review",
    "noneYet": "None yet",
    "plan": "Improvement plan",
    "planHint": "Corrective actions with an owner organisation and role. An action linked to a protocol template closes when the template's revised version is published.",
    "addAction": "Add corrective action",
    "noActions": "No corrective actions yet",
    "owner": "Owner",
    "due": "due {{date}}",
    "closedByVersion": "Closed by version {{version}} of \"{{title}}\" ({{at}})",
    "closesWith": "Closes when \"{{title}}\" (now version {{version}}) is revised",
    "overdue": "Overdue",
    "actionStatus": {
      "open": "Open",
      "in-progress": "In progress",
      "closed": "Closed"
    },
    "statusOf": "Status of the action",
    "revise": "Revise the template…",
    "actionDescription": "Corrective action",
    "ownerOrg": "Owner organisation",
    "ownerRole": "Owner role",
    "dueDate": "Due date",
    "template": "Protocol template it changes",
    "noTemplate": "None"
  },
  "revise": {
    "published": "Version {{version}} published; {{closed}} corrective action(s) closed.",
    "title": "{{title}}: version {{version}}",
    "hint": "Publishing the new version closes every open corrective action linked to this template.",
    "dueMinutes": "Due (minutes)",
    "changeNote": "What this version changes",
    "publish": "Publish the revised version"
  },
  "timeline": {
    "open": "Timeline",
    "title": "Timeline",
    "none": "Nothing to show",
    "notInvolved": "not involved",
    "offMap": "off the map",
    "ticked": "ticked",
    "unticked": "unticked",
    "correction": "correction of an earlier entry",
    "category": {
      "links": "Links",
      "phase": "Phase and terror plan",
      "organisations": "Organisations",
      "log": "Log",
      "tasks": "Tasks",
      "units": "Units",
      "sitreps": "Situation reports",
      "review": "Review",
      "alerts": "Public alerts",
      "cordons": "Cordons",
      "other": "Other"
    },
    "kind": {
      "assessment": {"linked": "Threat assessment linked", "unlinked": "Threat-assessment link removed"},
      "incident": {
        "declared": "Incident declared: {{title}}",
        "phase": "Phase: {{from}} → {{to}}",
        "terror-state": "Terror plan: {{from}} → {{to}}",
        "closed": "Incident closed"
      },
      "participant": {
        "changed": "{{org}}: {{from}} → {{to}}"
      },
      "subject": {
        "linked": "Intelligence subject linked",
        "unlinked": "Intelligence subject link removed"
      },
      "log": {
        "appended": "{{kind}} #{{seq}}: {{text}}",
        "flagged": "Log entry flagged significant",
        "confirmed": "Significant event confirmed: #{{seq}} {{text}}"
      },
      "sitrep": {
        "created": "Situation report {{number}} written",
        "approved": "Situation report {{number}} approved"
      },
      "protocol": {
        "activated": "Protocol activated: {{title}} (version {{version}}), {{tasks}} tasks"
      },
      "task": {
        "created": "Task added ({{discipline}}): {{title}}",
        "updated": "Task ({{discipline}}) {{title}}: {{from}} → {{to}}",
        "checklist": "{{title}}: \"{{item}}\" {{done}}"
      },
      "unit": {
        "requested": "Unit requested ({{discipline}}): {{name}}",
        "updated": "Unit {{name}}: {{from}} → {{to}}",
        "placed": "Unit {{name}}: position {{where}}"
      },
      "review": {
        "saved": "After-action review saved",
        "completed": "After-action review completed"
      },
      "action": {
        "created": "Corrective action added (due {{dueDate}})",
        "updated": "Corrective action: {{from}} → {{to}}",
        "closed": "Corrective action closed by protocol version {{version}}"
      },
      "cordon": {"created": "Cordon set ({{kind}}): {{label}}", "lifted": "Cordon lifted ({{kind}}): {{label}}"},
      "alert": {
        "drafted": "Public alert drafted",
        "submitted": "Public alert submitted for approval",
        "approved": "Public alert approved",
        "published": "Public alert published"
      }
    }
  }
};
