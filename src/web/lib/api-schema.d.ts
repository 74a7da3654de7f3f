/**
 * GENERATED FILE: do not edit. The types of Vigil's HTTP API, made by openapi-typescript from the
 * server's OpenAPI document (/api/openapi.json, built from the routes' zod schemas).
 * Regenerate after changing a route's schema: npm run api:types
 * (test/api-types.test.ts fails while this file is stale).
 */

export type paths = {
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts: own organisation in every state, others once published */
        get: {
            parameters: {
                query?: {
                    incidentId?: string;
                    limit?: number;
                    state?: "draft" | "awaiting_approval" | "approved" | "published" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            rootId: string;
                            sent: string | null;
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Draft an alert (CAP msgType Alert) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content?: {
                            area: {
                                circles: {
                                    lat: number;
                                    lon: number;
                                    radiusKm: number;
                                }[];
                                description: string;
                                municipalities: string[];
                                polygons: (number)[][][];
                            };
                            category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                            /** @enum {string} */
                            certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                            contact: string | null;
                            /** Format: date-time */
                            expires: string | null;
                            info: {
                                description: string;
                                event: string;
                                headline: string;
                                instruction: string;
                                /** @enum {string} */
                                language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                sms: string;
                            }[];
                            /** Format: date-time */
                            onset: string | null;
                            responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                            /** @enum {string} */
                            severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            /** @enum {string} */
                            urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                            web: string | null;
                        };
                        /** Format: uuid */
                        incidentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alert with its open problems (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save a draft (version from the last read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            area: {
                                circles: {
                                    lat: number;
                                    lon: number;
                                    radiusKm: number;
                                }[];
                                description: string;
                                municipalities: string[];
                                polygons: (number)[][][];
                            };
                            category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                            /** @enum {string} */
                            certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                            contact: string | null;
                            /** Format: date-time */
                            expires: string | null;
                            info: {
                                description: string;
                                event: string;
                                headline: string;
                                instruction: string;
                                /** @enum {string} */
                                language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                sms: string;
                            }[];
                            /** Format: date-time */
                            onset: string | null;
                            responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                            /** @enum {string} */
                            severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            /** @enum {string} */
                            urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                            web: string | null;
                        };
                        /** Format: uuid */
                        incidentId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard a draft */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            discarded: true;
                            id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (a second user with the approve right) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft an Update or Cancel of a published alert */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        msgType: "Update" | "Cancel";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CAP XML as it will be published, the problems, and the message it follows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            previous: {
                                content: {
                                    area: {
                                        circles: {
                                            lat: number;
                                            lon: number;
                                            radiusKm: number;
                                        }[];
                                        description: string;
                                        municipalities: string[];
                                        polygons: (number)[][][];
                                    };
                                    category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                    /** @enum {string} */
                                    certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                    contact: string | null;
                                    /** Format: date-time */
                                    expires: string | null;
                                    info: {
                                        description: string;
                                        event: string;
                                        headline: string;
                                        instruction: string;
                                        /** @enum {string} */
                                        language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                        sms: string;
                                    }[];
                                    /** Format: date-time */
                                    onset: string | null;
                                    responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                    /** @enum {string} */
                                    severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                    /** @enum {string} */
                                    status: "Actual" | "Exercise";
                                    /** @enum {string} */
                                    urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                    web: string | null;
                                };
                                id: string;
                                identifier: string | null;
                                xml: string | null;
                            } | null;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            xml: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an approved alert (signed CAP 1.2 in the public feed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return to draft with a reason (approver) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for approval (every CAP field checked) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                approve: boolean;
                                discard: boolean;
                                edit: boolean;
                                followUp: boolean;
                                publish: boolean;
                                submit: boolean;
                            };
                            cancelled: boolean;
                            content: {
                                area: {
                                    circles: {
                                        lat: number;
                                        lon: number;
                                        radiusKm: number;
                                    }[];
                                    description: string;
                                    municipalities: string[];
                                    polygons: (number)[][][];
                                };
                                category: ("Geo" | "Met" | "Safety" | "Security" | "Rescue" | "Fire" | "Health" | "Env" | "Transport" | "Infra" | "CBRNE" | "Other")[];
                                /** @enum {string} */
                                certainty: "Observed" | "Likely" | "Possible" | "Unlikely" | "Unknown";
                                contact: string | null;
                                /** Format: date-time */
                                expires: string | null;
                                info: {
                                    description: string;
                                    event: string;
                                    headline: string;
                                    instruction: string;
                                    /** @enum {string} */
                                    language: "nl-BE" | "fr-BE" | "de-DE" | "en-GB";
                                    sms: string;
                                }[];
                                /** Format: date-time */
                                onset: string | null;
                                responseType: ("Shelter" | "Evacuate" | "Prepare" | "Execute" | "Avoid" | "Monitor" | "Assess" | "AllClear" | "None")[];
                                /** @enum {string} */
                                severity: "Extreme" | "Severe" | "Moderate" | "Minor" | "Unknown";
                                /** @enum {string} */
                                status: "Actual" | "Exercise";
                                /** @enum {string} */
                                urgency: "Immediate" | "Expected" | "Future" | "Past" | "Unknown";
                                web: string | null;
                            };
                            createdAt: string;
                            draftedBy: {
                                id: string;
                                name: string;
                            };
                            id: string;
                            identifier: string | null;
                            incident: {
                                exercise: boolean;
                                id: string;
                                title: string;
                            } | null;
                            links: {
                                signature: string;
                                xml: string;
                            } | null;
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            organisation: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                            publishedAt: string | null;
                            publishedBy: {
                                id: string;
                                name: string;
                            } | null;
                            referencesId: string | null;
                            returnedReason: string | null;
                            rootId: string;
                            sent: string | null;
                            sms: {
                                encoding: string;
                                fits: boolean;
                                language: string;
                                limit: number;
                                ucs2Chars: string[];
                                units: number;
                            }[];
                            /** @enum {string} */
                            state: "draft" | "awaiting_approval" | "approved" | "published";
                            /** @enum {string} */
                            status: "Actual" | "Exercise";
                            submittedAt: string | null;
                            superseded: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/geo/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipped map of Belgian municipalities (TopoJSON, CC0) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries (oversight bodies) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    actorId?: string;
                    before?: number;
                    from?: string;
                    limit?: number;
                    orgId?: string;
                    recordId?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            actor: string;
                            actorId: string | null;
                            at: string;
                            details: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            hitIds: string[];
                            organisation: string;
                            orgId: string | null;
                            purpose: string | null;
                            recordId: string | null;
                            recordIds: string[];
                            recordType: string | null;
                            requestId: string | null;
                            seq: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries as a table: sort (seq|actor|organisation|action|recordType), dir, limit/offset and the total */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    actorId?: string;
                    dir?: "asc" | "desc";
                    from?: string;
                    limit?: number;
                    offset?: number;
                    orgId?: string;
                    recordId?: string;
                    sort?: "seq" | "actor" | "organisation" | "action" | "recordType";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capped: boolean;
                            results: {
                                action: string;
                                actor: string;
                                actorId: string | null;
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                hitIds: string[];
                                organisation: string;
                                orgId: string | null;
                                purpose: string | null;
                                recordId: string | null;
                                recordIds: string[];
                                recordType: string | null;
                                requestId: string | null;
                                seq: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries as CSV or JSON */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    actorId?: string;
                    before?: number;
                    format?: "csv" | "json";
                    from?: string;
                    limit?: number;
                    orgId?: string;
                    recordId?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the CSV or JSON file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access statistics per organisation */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                count: number;
                                organisation: string;
                                users: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read a record (per user or partner), or what a user read (per record) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    actorId?: string;
                    from?: string;
                    orgId?: string;
                    recordId?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actions: string[];
                                actor: string;
                                actorId: string | null;
                                count: number;
                                first: string;
                                hitAnswers: number;
                                last: string;
                                organisation: string;
                                orgId: string | null;
                                purposes: string[];
                            }[];
                            /** @enum {string} */
                            question: "record";
                            recordId: string;
                        } | {
                            actor: string | null;
                            actorId: string | null;
                            items: {
                                actions: string[];
                                count: number;
                                first: string;
                                last: string;
                                purposes: string[];
                                recordId: string;
                                recordTypes: string[];
                            }[];
                            /** @enum {string} */
                            question: "actor";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain and every checkpoint signature against the trusted key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkpointProblems?: string[];
                            checkpoints?: number;
                            entries: number;
                            firstBrokenSeq?: number;
                            headSeq?: number;
                            /** @enum {string} */
                            mode?: "fast" | "thorough";
                            ok: boolean;
                            reason?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie and returns the CSRF token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            clearance: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            displayName: string;
                            id: string;
                            locale: string;
                            organisation: {
                                id: string;
                                /** @enum {string} */
                                kind: "intelligence" | "police" | "threat-assessment" | "border" | "crisis" | "prevention" | "foreign-partner" | "oversight";
                                name: string;
                            };
                            roles: {
                                [key: string]: string[];
                            };
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Your interface language */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale: "en" | "nl" | "fr" | "de";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/authorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competent authorities of a member state (to scrutinise a cross-border removal order) */
        get: {
            parameters: {
                query: {
                    country: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contact: string;
                                country: string;
                                id: string;
                                kind: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hash banks the caller may see, with entry counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                canEdit: boolean;
                                createdAt: string;
                                description: string;
                                enabled: boolean;
                                entries: number;
                                id: string;
                                lowQualityEntries: number;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                sourceOrg: string;
                                threshold: number;
                                tlp: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a bank (content write) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** @default true */
                        enabled?: boolean;
                        name: string;
                        sourceOrg: string;
                        /** @default 31 */
                        threshold?: number;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            createdAt: string;
                            description: string;
                            enabled: boolean;
                            entries: number;
                            id: string;
                            lowQualityEntries: number;
                            name: string;
                            owner: {
                                id: string;
                                name: string;
                            };
                            sourceOrg: string;
                            threshold: number;
                            tlp: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/banks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bank (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            createdAt: string;
                            description: string;
                            enabled: boolean;
                            entries: number;
                            id: string;
                            lowQualityEntries: number;
                            name: string;
                            owner: {
                                id: string;
                                name: string;
                            };
                            sourceOrg: string;
                            threshold: number;
                            tlp: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a bank and its entries */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, enable/disable, change TLP or distance threshold (owner organisation) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** @default true */
                        enabled?: boolean;
                        name?: string;
                        sourceOrg?: string;
                        /** @default 31 */
                        threshold?: number;
                        /** @enum {string} */
                        tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            createdAt: string;
                            description: string;
                            enabled: boolean;
                            entries: number;
                            id: string;
                            lowQualityEntries: number;
                            name: string;
                            owner: {
                                id: string;
                                name: string;
                            };
                            sourceOrg: string;
                            threshold: number;
                            tlp: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/content/banks/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries, oldest first; lowQuality=true lists the flagged ones */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    lowQuality?: "true" | "false";
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                label: string;
                                lowQuality: boolean;
                                md5: string | null;
                                pdq: string | null;
                                quality: number | null;
                                sha256: string | null;
                                source: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add content by upload: the raw file as the body (image → PDQ + MD5 + SHA-256; video → digests) */
        post: {
            parameters: {
                query?: {
                    label?: string;
                    source?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description The raw file bytes */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "image/*": string;
                    "video/*": string;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                createdAt: string;
                                id: string;
                                label: string;
                                lowQuality: boolean;
                                md5: string | null;
                                pdq: string | null;
                                quality: number | null;
                                sha256: string | null;
                                source: string;
                            };
                            signals: {
                                format: string;
                                height: number | null;
                                /** @enum {string} */
                                kind: "image" | "video";
                                lowQuality: boolean;
                                md5: string;
                                pdq: string | null;
                                quality: number | null;
                                sha256: string;
                                width: number | null;
                            };
                            warning?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/banks/{id}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an entry */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/banks/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export PDQ entries as CSV: hash,quality,label,source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV text */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/banks/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import CSV (text/csv; header with hash, optional label, source, quality). Any malformed line → 400 with every bad line, nothing imported */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description CSV text: a header with "hash" (PDQ, 64 hex), optional "label", "source", "quality" (0..100) */
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                            lowQuality: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases the caller may read, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assessment: string;
                                closedAt: string | null;
                                createdAt: string;
                                evidence: {
                                    sha256: string | null;
                                    type: string;
                                    uploadedAt: string | null;
                                } | null;
                                id: string;
                                markings: {
                                    /** @enum {string} */
                                    classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                    /** @enum {string} */
                                    distribution: "organisation" | "organisations" | "group" | "all";
                                    groupIds: string[];
                                    /** @enum {string} */
                                    handlingCode: "H0" | "H1" | "H2" | "H3";
                                    hitNoHit: boolean;
                                    legalBasis: string;
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    purpose: string;
                                    reviewDate: string | null;
                                    sharedWith: string[];
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                };
                                offence: string;
                                offenceText: string;
                                provider: {
                                    country: string;
                                    id: string;
                                    name: string;
                                };
                                signals: {
                                    md5: string | null;
                                    pdq: string | null;
                                    quality: number | null;
                                    sha256: string | null;
                                }[];
                                status: string;
                                updatedAt: string;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a case: URL, provider, offence, legal assessment, content hashes, markings */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessment: string;
                        markings: {
                            /** @enum {string} */
                            classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            /** @enum {string} */
                            distribution: "organisation" | "organisations" | "group" | "all";
                            /** @default [] */
                            groupIds?: string[];
                            /**
                             * @default H0
                             * @enum {string}
                             */
                            handlingCode?: "H0" | "H1" | "H2" | "H3";
                            /** @default false */
                            hitNoHit?: boolean;
                            legalBasis: string;
                            purpose: string;
                            /** @default null */
                            reviewDate?: string | null;
                            /** @default [] */
                            sharedWith?: string[];
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        };
                        /** @enum {string} */
                        offence: "incitement" | "solicitation" | "participation" | "instruction" | "threat";
                        /** Format: uuid */
                        providerId: string;
                        /** @default [] */
                        signals?: {
                            md5?: string;
                            pdq?: string;
                            quality?: number;
                            sha256?: string;
                        }[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: string;
                            closedAt: string | null;
                            createdAt: string;
                            evidence: {
                                sha256: string | null;
                                type: string;
                                uploadedAt: string | null;
                            } | null;
                            failedDeliveries: {
                                error: string | null;
                                orderId: string;
                            }[];
                            id: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            offence: string;
                            offenceText: string;
                            orders: {
                                appeal: {
                                    at: string | null;
                                    note: string | null;
                                    status: string;
                                } | null;
                                caseId: string;
                                countdown: {
                                    dueAt: string;
                                    escalatedAt: string | null;
                                    overdue: boolean;
                                    secondsLeft: number | null;
                                } | null;
                                createdAt: string;
                                delivery: {
                                    attempts: number;
                                    deliveredAt: string | null;
                                    deliveryId: string;
                                    event: string;
                                    lastAttemptAt: string | null;
                                    lastError: string | null;
                                    note: string | null;
                                    state: string;
                                } | null;
                                duplicates: {
                                    distance?: number;
                                    issuedAt: string | null;
                                    issuingAuthority: string;
                                    issuingOrgId: string;
                                    kind: string;
                                    orderId: string | null;
                                    /** @enum {string} */
                                    reason: "url" | "pdq" | "md5" | "sha256";
                                    status: string | null;
                                }[];
                                duplicatesAcknowledged: boolean;
                                id: string;
                                issuedAt: string | null;
                                issuingAuthority: {
                                    id: string;
                                    name: string;
                                };
                                kind: string;
                                outcome: {
                                    action: string;
                                    at: string | null;
                                    note: string | null;
                                    removedAt: string | null;
                                } | null;
                                provider: {
                                    country: string;
                                    id: string;
                                    name: string;
                                };
                                reasons: string;
                                scrutiny: {
                                    authority: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    decidedAt: string | null;
                                    decision: string | null;
                                    dueAt: string | null;
                                    reasoning: string | null;
                                    secondsLeft: number | null;
                                    /** @enum {string} */
                                    state: "decided" | "expired" | "pending" | "not_sent";
                                } | null;
                                state: string;
                                status: string;
                                timeToRemovalSeconds: number | null;
                                updatedAt: string;
                                withdrawnReason: string | null;
                            }[];
                            provider: {
                                country: string;
                                id: string;
                                name: string;
                            };
                            signals: {
                                md5: string | null;
                                pdq: string | null;
                                quality: number | null;
                                sha256: string | null;
                            }[];
                            status: string;
                            timeToRemovalSeconds: number | null;
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with its orders (countdown, state, scrutiny, time to removal) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: string;
                            closedAt: string | null;
                            createdAt: string;
                            evidence: {
                                sha256: string | null;
                                type: string;
                                uploadedAt: string | null;
                            } | null;
                            failedDeliveries: {
                                error: string | null;
                                orderId: string;
                            }[];
                            id: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            offence: string;
                            offenceText: string;
                            orders: {
                                appeal: {
                                    at: string | null;
                                    note: string | null;
                                    status: string;
                                } | null;
                                caseId: string;
                                countdown: {
                                    dueAt: string;
                                    escalatedAt: string | null;
                                    overdue: boolean;
                                    secondsLeft: number | null;
                                } | null;
                                createdAt: string;
                                delivery: {
                                    attempts: number;
                                    deliveredAt: string | null;
                                    deliveryId: string;
                                    event: string;
                                    lastAttemptAt: string | null;
                                    lastError: string | null;
                                    note: string | null;
                                    state: string;
                                } | null;
                                duplicates: {
                                    distance?: number;
                                    issuedAt: string | null;
                                    issuingAuthority: string;
                                    issuingOrgId: string;
                                    kind: string;
                                    orderId: string | null;
                                    /** @enum {string} */
                                    reason: "url" | "pdq" | "md5" | "sha256";
                                    status: string | null;
                                }[];
                                duplicatesAcknowledged: boolean;
                                id: string;
                                issuedAt: string | null;
                                issuingAuthority: {
                                    id: string;
                                    name: string;
                                };
                                kind: string;
                                outcome: {
                                    action: string;
                                    at: string | null;
                                    note: string | null;
                                    removedAt: string | null;
                                } | null;
                                provider: {
                                    country: string;
                                    id: string;
                                    name: string;
                                };
                                reasons: string;
                                scrutiny: {
                                    authority: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    decidedAt: string | null;
                                    decision: string | null;
                                    dueAt: string | null;
                                    reasoning: string | null;
                                    secondsLeft: number | null;
                                    /** @enum {string} */
                                    state: "decided" | "expired" | "pending" | "not_sent";
                                } | null;
                                state: string;
                                status: string;
                                timeToRemovalSeconds: number | null;
                                updatedAt: string;
                                withdrawnReason: string | null;
                            }[];
                            provider: {
                                country: string;
                                id: string;
                                name: string;
                            };
                            signals: {
                                md5: string | null;
                                pdq: string | null;
                                quality: number | null;
                                sha256: string | null;
                            }[];
                            status: string;
                            timeToRemovalSeconds: number | null;
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence screenshot (image bytes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        /** Upload the evidence screenshot (raw PNG/JPEG/WebP body, ≤ 10 MB) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description The raw file bytes */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bytes: number;
                            sha256: string;
                            type: string;
                            uploadedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/cases/{id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a referral or removal order; duplicates (other authorities, same URL or matching hash) are flagged */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "referral" | "removal_order";
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                at: string | null;
                                note: string | null;
                                status: string;
                            } | null;
                            caseId: string;
                            countdown: {
                                dueAt: string;
                                escalatedAt: string | null;
                                overdue: boolean;
                                secondsLeft: number | null;
                            } | null;
                            createdAt: string;
                            deliveries: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                event: string;
                                id: string;
                                log: {
                                    at: string;
                                    attempt: number;
                                    durationMs: number;
                                    error: string | null;
                                    statusCode: number | null;
                                }[];
                                nextAttemptAt: string | null;
                                status: string;
                            }[];
                            delivery: {
                                attempts: number;
                                deliveredAt: string | null;
                                deliveryId: string;
                                event: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                note: string | null;
                                state: string;
                            } | null;
                            duplicates: {
                                distance?: number;
                                issuedAt: string | null;
                                issuingAuthority: string;
                                issuingOrgId: string;
                                kind: string;
                                orderId: string | null;
                                /** @enum {string} */
                                reason: "url" | "pdq" | "md5" | "sha256";
                                status: string | null;
                            }[];
                            duplicatesAcknowledged: boolean;
                            id: string;
                            issuedAt: string | null;
                            issuingAuthority: {
                                id: string;
                                name: string;
                            };
                            kind: string;
                            outcome: {
                                action: string;
                                at: string | null;
                                note: string | null;
                                removedAt: string | null;
                            } | null;
                            provider: {
                                country: string;
                                id: string;
                                name: string;
                            };
                            reasons: string;
                            scrutiny: {
                                authority: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                reasoning: string | null;
                                secondsLeft: number | null;
                                /** @enum {string} */
                                state: "decided" | "expired" | "pending" | "not_sent";
                            } | null;
                            state: string;
                            status: string;
                            timeToRemovalSeconds: number | null;
                            updatedAt: string;
                            withdrawnReason: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/hash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hash an upload (raw body) → signals {kind, pdq, quality, lowQuality, md5, sha256} and bank matches */
        post: {
            parameters: {
                query?: {
                    match?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The raw file bytes */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                    "image/*": string;
                    "video/*": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matches: {
                                bankId: string;
                                bankName: string;
                                distance: number;
                                entryId: string;
                                label: string;
                                /** @enum {string} */
                                signalType: "pdq" | "md5" | "sha256";
                                source: string;
                                threshold: number;
                            }[];
                            signals: {
                                format: string;
                                height: number | null;
                                /** @enum {string} */
                                kind: "image" | "video";
                                lowQuality: boolean;
                                md5: string;
                                pdq: string | null;
                                quality: number | null;
                                sha256: string;
                                width: number | null;
                            };
                            warning?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bank entries matching a PDQ hash (per-bank threshold) or an MD5/SHA-256 digest */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        maxDistance?: number;
                        md5?: string;
                        pdq?: string;
                        sha256?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matches: {
                                bankId: string;
                                bankName: string;
                                distance: number;
                                entryId: string;
                                label: string;
                                /** @enum {string} */
                                signalType: "pdq" | "md5" | "sha256";
                                source: string;
                                threshold: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders on readable cases; state=pending|overdue|removed|…; sort=createdAt|issuedAt|dueAt|kind|status|url, dir; with the total the caller may read */
        get: {
            parameters: {
                query?: {
                    dir?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
                    sort?: "createdAt" | "issuedAt" | "dueAt" | "kind" | "status" | "url";
                    state?: "draft" | "pending" | "overdue" | "removed" | "contested" | "declined" | "revoked" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                appeal: {
                                    at: string | null;
                                    note: string | null;
                                    status: string;
                                } | null;
                                caseId: string;
                                countdown: {
                                    dueAt: string;
                                    escalatedAt: string | null;
                                    overdue: boolean;
                                    secondsLeft: number | null;
                                } | null;
                                createdAt: string;
                                delivery: {
                                    attempts: number;
                                    deliveredAt: string | null;
                                    deliveryId: string;
                                    event: string;
                                    lastAttemptAt: string | null;
                                    lastError: string | null;
                                    note: string | null;
                                    state: string;
                                } | null;
                                duplicates: {
                                    distance?: number;
                                    issuedAt: string | null;
                                    issuingAuthority: string;
                                    issuingOrgId: string;
                                    kind: string;
                                    orderId: string | null;
                                    /** @enum {string} */
                                    reason: "url" | "pdq" | "md5" | "sha256";
                                    status: string | null;
                                }[];
                                duplicatesAcknowledged: boolean;
                                id: string;
                                issuedAt: string | null;
                                issuingAuthority: {
                                    id: string;
                                    name: string;
                                };
                                kind: string;
                                outcome: {
                                    action: string;
                                    at: string | null;
                                    note: string | null;
                                    removedAt: string | null;
                                } | null;
                                provider: {
                                    country: string;
                                    id: string;
                                    name: string;
                                };
                                reasons: string;
                                scrutiny: {
                                    authority: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    decidedAt: string | null;
                                    decision: string | null;
                                    dueAt: string | null;
                                    reasoning: string | null;
                                    secondsLeft: number | null;
                                    /** @enum {string} */
                                    state: "decided" | "expired" | "pending" | "not_sent";
                                } | null;
                                state: string;
                                status: string;
                                timeToRemovalSeconds: number | null;
                                updatedAt: string;
                                url: string;
                                withdrawnReason: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with its webhook deliveries and every attempt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                at: string | null;
                                note: string | null;
                                status: string;
                            } | null;
                            caseId: string;
                            countdown: {
                                dueAt: string;
                                escalatedAt: string | null;
                                overdue: boolean;
                                secondsLeft: number | null;
                            } | null;
                            createdAt: string;
                            deliveries: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                event: string;
                                id: string;
                                log: {
                                    at: string;
                                    attempt: number;
                                    durationMs: number;
                                    error: string | null;
                                    statusCode: number | null;
                                }[];
                                nextAttemptAt: string | null;
                                status: string;
                            }[];
                            delivery: {
                                attempts: number;
                                deliveredAt: string | null;
                                deliveryId: string;
                                event: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                note: string | null;
                                state: string;
                            } | null;
                            duplicates: {
                                distance?: number;
                                issuedAt: string | null;
                                issuingAuthority: string;
                                issuingOrgId: string;
                                kind: string;
                                orderId: string | null;
                                /** @enum {string} */
                                reason: "url" | "pdq" | "md5" | "sha256";
                                status: string | null;
                            }[];
                            duplicatesAcknowledged: boolean;
                            id: string;
                            issuedAt: string | null;
                            issuingAuthority: {
                                id: string;
                                name: string;
                            };
                            kind: string;
                            outcome: {
                                action: string;
                                at: string | null;
                                note: string | null;
                                removedAt: string | null;
                            } | null;
                            provider: {
                                country: string;
                                id: string;
                                name: string;
                            };
                            reasons: string;
                            scrutiny: {
                                authority: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                reasoning: string | null;
                                secondsLeft: number | null;
                                /** @enum {string} */
                                state: "decided" | "expired" | "pending" | "not_sent";
                            } | null;
                            state: string;
                            status: string;
                            timeToRemovalSeconds: number | null;
                            updatedAt: string;
                            withdrawnReason: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an appeal and its outcome (lodged → upheld | overturned) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @enum {string} */
                        status: "lodged" | "upheld" | "overturned";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                at: string | null;
                                note: string | null;
                                status: string;
                            } | null;
                            caseId: string;
                            countdown: {
                                dueAt: string;
                                escalatedAt: string | null;
                                overdue: boolean;
                                secondsLeft: number | null;
                            } | null;
                            createdAt: string;
                            deliveries: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                event: string;
                                id: string;
                                log: {
                                    at: string;
                                    attempt: number;
                                    durationMs: number;
                                    error: string | null;
                                    statusCode: number | null;
                                }[];
                                nextAttemptAt: string | null;
                                status: string;
                            }[];
                            delivery: {
                                attempts: number;
                                deliveredAt: string | null;
                                deliveryId: string;
                                event: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                note: string | null;
                                state: string;
                            } | null;
                            duplicates: {
                                distance?: number;
                                issuedAt: string | null;
                                issuingAuthority: string;
                                issuingOrgId: string;
                                kind: string;
                                orderId: string | null;
                                /** @enum {string} */
                                reason: "url" | "pdq" | "md5" | "sha256";
                                status: string | null;
                            }[];
                            duplicatesAcknowledged: boolean;
                            id: string;
                            issuedAt: string | null;
                            issuingAuthority: {
                                id: string;
                                name: string;
                            };
                            kind: string;
                            outcome: {
                                action: string;
                                at: string | null;
                                note: string | null;
                                removedAt: string | null;
                            } | null;
                            provider: {
                                country: string;
                                id: string;
                                name: string;
                            };
                            reasons: string;
                            scrutiny: {
                                authority: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                reasoning: string | null;
                                secondsLeft: number | null;
                                /** @enum {string} */
                                state: "decided" | "expired" | "pending" | "not_sent";
                            } | null;
                            state: string;
                            status: string;
                            timeToRemovalSeconds: number | null;
                            updatedAt: string;
                            withdrawnReason: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}/delivery/other-means": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the delivery as made by other means, with a note (on the audit record) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveryId: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}/delivery/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a failed webhook delivery now (the issuing authority) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveryId: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft (removal orders: content approve); 409 when duplicates are not acknowledged */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        acknowledgeDuplicates?: boolean;
                        /** Format: uuid */
                        scrutinyAuthorityId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                at: string | null;
                                note: string | null;
                                status: string;
                            } | null;
                            caseId: string;
                            countdown: {
                                dueAt: string;
                                escalatedAt: string | null;
                                overdue: boolean;
                                secondsLeft: number | null;
                            } | null;
                            createdAt: string;
                            deliveries: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                event: string;
                                id: string;
                                log: {
                                    at: string;
                                    attempt: number;
                                    durationMs: number;
                                    error: string | null;
                                    statusCode: number | null;
                                }[];
                                nextAttemptAt: string | null;
                                status: string;
                            }[];
                            delivery: {
                                attempts: number;
                                deliveredAt: string | null;
                                deliveryId: string;
                                event: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                note: string | null;
                                state: string;
                            } | null;
                            duplicates: {
                                distance?: number;
                                issuedAt: string | null;
                                issuingAuthority: string;
                                issuingOrgId: string;
                                kind: string;
                                orderId: string | null;
                                /** @enum {string} */
                                reason: "url" | "pdq" | "md5" | "sha256";
                                status: string | null;
                            }[];
                            duplicatesAcknowledged: boolean;
                            id: string;
                            issuedAt: string | null;
                            issuingAuthority: {
                                id: string;
                                name: string;
                            };
                            kind: string;
                            outcome: {
                                action: string;
                                at: string | null;
                                note: string | null;
                                removedAt: string | null;
                            } | null;
                            provider: {
                                country: string;
                                id: string;
                                name: string;
                            };
                            reasons: string;
                            scrutiny: {
                                authority: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                reasoning: string | null;
                                secondsLeft: number | null;
                                /** @enum {string} */
                                state: "decided" | "expired" | "pending" | "not_sent";
                            } | null;
                            state: string;
                            status: string;
                            timeToRemovalSeconds: number | null;
                            updatedAt: string;
                            withdrawnReason: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}/portal-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A fresh portal link for the provider (shown once), to pass on by hand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}/scrutiny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Host member state authority: decide within 72 h (infringement revokes the order) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "no_infringement" | "infringement";
                        reasoning: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decidedAt: string | null;
                            decision: string | null;
                            id: string;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/orders/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a draft, or revoke an issued order (the provider is told) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                at: string | null;
                                note: string | null;
                                status: string;
                            } | null;
                            caseId: string;
                            countdown: {
                                dueAt: string;
                                escalatedAt: string | null;
                                overdue: boolean;
                                secondsLeft: number | null;
                            } | null;
                            createdAt: string;
                            deliveries: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                event: string;
                                id: string;
                                log: {
                                    at: string;
                                    attempt: number;
                                    durationMs: number;
                                    error: string | null;
                                    statusCode: number | null;
                                }[];
                                nextAttemptAt: string | null;
                                status: string;
                            }[];
                            delivery: {
                                attempts: number;
                                deliveredAt: string | null;
                                deliveryId: string;
                                event: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                note: string | null;
                                state: string;
                            } | null;
                            duplicates: {
                                distance?: number;
                                issuedAt: string | null;
                                issuingAuthority: string;
                                issuingOrgId: string;
                                kind: string;
                                orderId: string | null;
                                /** @enum {string} */
                                reason: "url" | "pdq" | "md5" | "sha256";
                                status: string | null;
                            }[];
                            duplicatesAcknowledged: boolean;
                            id: string;
                            issuedAt: string | null;
                            issuingAuthority: {
                                id: string;
                                name: string;
                            };
                            kind: string;
                            outcome: {
                                action: string;
                                at: string | null;
                                note: string | null;
                                removedAt: string | null;
                            } | null;
                            provider: {
                                country: string;
                                id: string;
                                name: string;
                            };
                            reasons: string;
                            scrutiny: {
                                authority: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                reasoning: string | null;
                                secondsLeft: number | null;
                                /** @enum {string} */
                                state: "decided" | "expired" | "pending" | "not_sent";
                            } | null;
                            state: string;
                            status: string;
                            timeToRemovalSeconds: number | null;
                            updatedAt: string;
                            withdrawnReason: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hosting providers (webhook URL, signing scheme, public key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contact: string;
                                country: string;
                                createdAt: string;
                                id: string;
                                name: string;
                                ownerOrgId: string;
                                publicKey: string | null;
                                signing: string;
                                updatedAt: string;
                                webhookUrl: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a provider (content approve); the HMAC secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        contact?: string;
                        country: string;
                        name: string;
                        /**
                         * @default hmac-sha256
                         * @enum {string}
                         */
                        signing?: "hmac-sha256" | "ed25519";
                        webhookUrl: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: string;
                            country: string;
                            createdAt: string;
                            id: string;
                            name: string;
                            ownerOrgId: string;
                            publicKey: string | null;
                            secret?: string;
                            signing: string;
                            updatedAt: string;
                            webhookUrl: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a provider; rotateSecret answers the new secret once */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        contact?: string;
                        country?: string;
                        name?: string;
                        rotateSecret?: boolean;
                        webhookUrl?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: string;
                            country: string;
                            createdAt: string;
                            id: string;
                            name: string;
                            ownerOrgId: string;
                            publicKey: string | null;
                            secret?: string;
                            signing: string;
                            updatedAt: string;
                            webhookUrl: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/content/scrutiny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cross-border removal orders sent to the caller's authority for scrutiny (72 h) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                countdown: {
                                    dueAt: string;
                                    escalatedAt: string | null;
                                    overdue: boolean;
                                    secondsLeft: number | null;
                                } | null;
                                id: string;
                                issuedAt: string | null;
                                issuingAuthority: {
                                    id: string;
                                    name: string;
                                };
                                kind: string;
                                offence: string;
                                offenceText: string;
                                outcome: {
                                    action: string;
                                    at: string | null;
                                    note: string | null;
                                    removedAt: string | null;
                                } | null;
                                provider: {
                                    country: string;
                                    id: string;
                                    name: string;
                                };
                                reasons: string;
                                scrutiny: {
                                    authority: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    decidedAt: string | null;
                                    decision: string | null;
                                    dueAt: string | null;
                                    reasoning: string | null;
                                    secondsLeft: number | null;
                                    /** @enum {string} */
                                    state: "decided" | "expired" | "pending" | "not_sent";
                                } | null;
                                state: string;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/transparency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's authority's yearly transparency report (format=json|csv) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeals: {
                                lodged: number;
                                overturned: number;
                                pending: number;
                                upheld: number;
                            };
                            authority: {
                                id: string;
                                name: string;
                            };
                            generatedAt: string;
                            referrals: {
                                declined: number;
                                issued: number;
                                pending: number;
                                removed: number;
                                revoked: number;
                            };
                            removalOrders: {
                                byOffence: {
                                    [key: string]: number;
                                };
                                byProvider: {
                                    [key: string]: number;
                                };
                                contested: number;
                                crossBorder: number;
                                escalated: number;
                                flaggedDuplicates: number;
                                issued: number;
                                notRemoved: number;
                                overdue: number;
                                pending: number;
                                removed: number;
                                revoked: number;
                            };
                            scrutiny: {
                                decidedAsHostAuthority: number;
                                infringementFound: number;
                                infringementFoundAsHostAuthority: number;
                                noInfringement: number;
                                ordersSentForScrutiny: number;
                                periodEndedWithoutDecision: number;
                                receivedAsHostAuthority: number;
                            };
                            timeToRemoval: {
                                maxSeconds: number | null;
                                meanSeconds: number | null;
                                medianSeconds: number | null;
                                p90Seconds: number | null;
                                removals: number;
                                withinOneHour: number;
                                withinOneHourShare: number | null;
                            };
                            year: number;
                        } | string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents the caller may see, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                declaredAt: string;
                                description: string;
                                exercise: boolean;
                                id: string;
                                lat: number;
                                lon: number;
                                /** @enum {string} */
                                marking: "EXERCISE" | "REAL";
                                municipality: string;
                                occurredAt: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                phase: "municipal" | "provincial" | "federal";
                                /** @enum {string} */
                                status: "open" | "closed";
                                /** @enum {string} */
                                terrorState: "none" | "pre-alert" | "alert";
                                title: string;
                                /** @enum {string} */
                                type: "terror-attack" | "explosion" | "shooting" | "hostage-taking" | "cbrn" | "vehicle-ramming" | "other";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Declare an incident (type, place, time, exercise flag) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        exercise: boolean;
                        lat: number;
                        lon: number;
                        municipality: string;
                        /** Format: date-time */
                        occurredAt: string;
                        /** @default [] */
                        participants?: string[];
                        title: string;
                        /** @enum {string} */
                        type: "terror-attack" | "explosion" | "shooting" | "hostage-taking" | "cbrn" | "vehicle-ramming" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident with its organisations, links and protocols (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activations: {
                                activatedAt: string;
                                id: string;
                                protocolId: string;
                                templateId: string;
                                title: string;
                                version: number;
                            }[];
                            assessments: {
                                assessedAt: string;
                                assessmentId: string;
                                level: number;
                                linkedAt: string;
                                linkedByOrg: string;
                                reason: string;
                                targetKind: string;
                                targetLabel: string;
                            }[];
                            can: {
                                approve: boolean;
                                manage: boolean;
                                write: boolean;
                            };
                            declaredAt: string;
                            description: string;
                            exercise: boolean;
                            id: string;
                            lastEventId: number;
                            lat: number;
                            links: {
                                linkedAt: string;
                                linkedByOrg: string;
                                name: string;
                                reason: string;
                                subjectId: string;
                                threatLevel: number | null;
                            }[];
                            lon: number;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                            municipality: string;
                            occurredAt: string;
                            orgId: string;
                            orgName: string;
                            participants: {
                                declaring: boolean;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                status: "alerted" | "standing-by" | "active" | "deactivated" | "unable";
                                updatedAt: string;
                            }[];
                            /** @enum {string} */
                            phase: "municipal" | "provincial" | "federal";
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @enum {string} */
                            terrorState: "none" | "pre-alert" | "alert";
                            title: string;
                            /** @enum {string} */
                            type: "terror-attack" | "explosion" | "shooting" | "hostage-taking" | "cbrn" | "vehicle-ramming" | "other";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a protocol on the incident: its tasks appear on the board */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        protocolId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/assessment-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a threat assessment the caller may read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assessmentId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/assessment-links/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a threat-assessment link */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assessmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the incident (declaring organisation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/cordons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident's cordons (active and lifted) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exercise: boolean;
                            incidentId: string;
                            items: {
                                circle: {
                                    lat: number;
                                    lon: number;
                                    radiusKm: number;
                                } | null;
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "inner" | "outer" | "traffic";
                                label: string;
                                liftedAt: string | null;
                                liftedBy: string | null;
                                polygon: (number)[][] | null;
                                /** @enum {string} */
                                status: "active" | "lifted";
                            }[];
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draw a cordon (inner, outer, traffic) as a polygon or a circle; a polygon not closed or crossing itself is refused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        circle?: {
                            lat: number;
                            lon: number;
                            radiusKm: number;
                        };
                        /** @enum {string} */
                        kind: "inner" | "outer" | "traffic";
                        label: string;
                        polygon?: (number)[][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/cordons/{cordonId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a cordon */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cordonId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link an intelligence subject the caller may read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** Format: uuid */
                        subjectId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/links/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a subject link */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    subjectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision and communication log with its hash-chain check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chain: {
                                brokenAtSeq?: number;
                                count: number;
                                ok: boolean;
                                reason?: string;
                            };
                            exercise: boolean;
                            incidentId: string;
                            items: {
                                at: string;
                                author: string | null;
                                authorOrg: string | null;
                                correctedBy: string[];
                                correctsId: string | null;
                                data: unknown;
                                hash: string;
                                id: string;
                                kind: string;
                                reason: string | null;
                                seq: number;
                                /** @enum {string} */
                                significant: "no" | "flagged" | "confirmed";
                                text: string;
                            }[];
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Append a log entry (a correction names the entry it corrects) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        correctsId?: string;
                        /** @enum {string} */
                        kind: "decision" | "communication";
                        reason?: string;
                        /** @default false */
                        significant?: boolean;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/log/{entryId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a flagged entry (situation unit): it goes on the significant-events board */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/log/{entryId}/flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag an entry significant */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an organisation or change its status */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** Format: uuid */
                        orgId: string;
                        /** @enum {string} */
                        status: "alerted" | "standing-by" | "active" | "deactivated" | "unable";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/phase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the coordination phase (with the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expected?: "municipal" | "provincial" | "federal";
                        /** @enum {string} */
                        phase: "municipal" | "provincial" | "federal";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Printable situation report (HTML; report.pdf for a PDF download) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The situation report as PDF (application/pdf; EXERCISE on every page of an exercise; 404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The after-action review and its improvement plan (review null when none yet) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exercise: boolean;
                            incidentId: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                            review: {
                                actions: {
                                    closedAt: string | null;
                                    closedByProtocolId: string | null;
                                    description: string;
                                    dueDate: string;
                                    id: string;
                                    overdue: boolean;
                                    ownerOrg: string;
                                    ownerOrgId: string;
                                    ownerRole: string | null;
                                    /** @enum {string} */
                                    status: "open" | "in-progress" | "closed";
                                    templateId: string | null;
                                }[];
                                completedAt: string | null;
                                id: string;
                                improvements: {
                                    analysis: string;
                                    observation: string;
                                    recommendation: string;
                                }[];
                                objectives: {
                                    capability: string;
                                    objective: string;
                                    /** @enum {string} */
                                    rating: "P" | "S" | "M" | "U";
                                }[];
                                /** @enum {string} */
                                status: "draft" | "completed";
                                strengths: string[];
                            } | null;
                        };
                    };
                };
            };
        };
        /** Write the review: objectives and ratings, strengths, areas for improvement */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        improvements: {
                            analysis: string;
                            observation: string;
                            recommendation: string;
                        }[];
                        objectives: {
                            capability: string;
                            objective: string;
                            /** @enum {string} */
                            rating: "P" | "S" | "M" | "U";
                        }[];
                        strengths: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/review/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a corrective action (owner organisation, due date, protocol template it changes) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        dueDate: string;
                        /** Format: uuid */
                        ownerOrgId: string;
                        /** @default null */
                        ownerRole?: string | null;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        protocolId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/review/actions/{actionId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status of a corrective action */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "open" | "in-progress" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/review/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/significant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The significant-events board */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chain: {
                                brokenAtSeq?: number;
                                count: number;
                                ok: boolean;
                                reason?: string;
                            };
                            exercise: boolean;
                            incidentId: string;
                            items: {
                                at: string;
                                author: string | null;
                                authorOrg: string | null;
                                correctedBy: string[];
                                correctsId: string | null;
                                data: unknown;
                                hash: string;
                                id: string;
                                kind: string;
                                reason: string | null;
                                seq: number;
                                /** @enum {string} */
                                significant: "no" | "flagged" | "confirmed";
                                text: string;
                            }[];
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/sitreps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Numbered situation reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exercise: boolean;
                            incidentId: string;
                            items: {
                                approvedAt: string | null;
                                approver: string | null;
                                author: string | null;
                                createdAt: string;
                                id: string;
                                number: number;
                                summary: string;
                            }[];
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write the next situation report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/sitreps/{sitrepId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a situation report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sitrepId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live events of the incident (text/event-stream; Last-Event-ID replays what was missed) */
        get: {
            parameters: {
                query?: {
                    lastEventId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The task board */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exercise: boolean;
                            incidentId: string;
                            items: {
                                activationId: string | null;
                                blockedReason: string | null;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                /** @enum {string} */
                                discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                                dueAt: string | null;
                                id: string;
                                orgId: string | null;
                                orgName: string | null;
                                overdue: boolean;
                                role: string;
                                /** @enum {string} */
                                status: "todo" | "doing" | "done" | "blocked";
                                title: string;
                                updatedAt: string;
                            }[];
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a task for a role (and organisation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        checklist?: string[];
                        /** @enum {string} */
                        discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                        /**
                         * Format: date-time
                         * @default null
                         */
                        dueAt?: string | null;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        orgId?: string | null;
                        role: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/tasks/{taskId}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick or untick a checklist item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done: boolean;
                        item: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/tasks/{taskId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a task (todo, doing, done, blocked with a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @enum {string} */
                        status: "todo" | "doing" | "done" | "blocked";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/terror-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the terror-plan state (with the reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expected?: "none" | "pre-alert" | "alert";
                        reason: string;
                        /** @enum {string} */
                        terrorState: "none" | "pre-alert" | "alert";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of the incident, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exercise: boolean;
                            incidentId: string;
                            items: {
                                at: string;
                                id: number;
                                kind: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit and asset board */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exercise: boolean;
                            incidentId: string;
                            items: {
                                /** @enum {string} */
                                discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                                id: string;
                                kind: string;
                                lat: number | null;
                                lon: number | null;
                                name: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                status: "requested" | "dispatched" | "on-site" | "released";
                                updatedAt: string;
                            }[];
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Request a unit or asset (optionally with its position: lat and lon together) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                        kind: string;
                        /** @default null */
                        lat?: number | null;
                        /** @default null */
                        lon?: number | null;
                        name: string;
                        /** Format: uuid */
                        orgId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/incidents/{id}/units/{unitId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a unit: its status (requested, dispatched, on site, released) and/or its position on the incident map (lat and lon together; both null takes it off the map) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lat?: number | null;
                        lon?: number | null;
                        /** @enum {string} */
                        status?: "requested" | "dispatched" | "on-site" | "released";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            exercise: boolean;
                            id: string;
                            /** @enum {string} */
                            marking: "EXERCISE" | "REAL";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/protocols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protocol templates (latest version of each) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                changeNote: string | null;
                                id: string;
                                incidentType: string;
                                ownerOrg: string;
                                publishedAt: string;
                                tasks: {
                                    checklist: string[];
                                    /** @enum {string} */
                                    discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                                    dueMinutes: number | null;
                                    orgId: string | null;
                                    orgName: string | null;
                                    role: string;
                                    title: string;
                                }[];
                                templateId: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Publish a new protocol template (version 1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changeNote?: string;
                        /** @enum {string} */
                        incidentType: "terror-attack" | "explosion" | "shooting" | "hostage-taking" | "cbrn" | "vehicle-ramming" | "other";
                        tasks: {
                            /** @default [] */
                            checklist?: string[];
                            /** @enum {string} */
                            discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                            /** @default null */
                            dueMinutes?: number | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            orgId?: string | null;
                            role: string;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changeNote: string | null;
                            id: string;
                            incidentType: string;
                            ownerOrg: string;
                            publishedAt: string;
                            tasks: {
                                checklist: string[];
                                /** @enum {string} */
                                discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                                dueMinutes: number | null;
                                orgId: string | null;
                                orgName: string | null;
                                role: string;
                                title: string;
                            }[];
                            templateId: string;
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crisis/protocols/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a protocol's template, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                changeNote: string | null;
                                id: string;
                                incidentType: string;
                                ownerOrg: string;
                                publishedAt: string;
                                tasks: {
                                    checklist: string[];
                                    /** @enum {string} */
                                    discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                                    dueMinutes: number | null;
                                    orgId: string | null;
                                    orgName: string | null;
                                    role: string;
                                    title: string;
                                }[];
                                templateId: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Publish the next version of a template (closes the improvement actions linked to it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changeNote?: string;
                        /** @enum {string} */
                        incidentType: "terror-attack" | "explosion" | "shooting" | "hostage-taking" | "cbrn" | "vehicle-ramming" | "other";
                        tasks: {
                            /** @default [] */
                            checklist?: string[];
                            /** @enum {string} */
                            discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                            /** @default null */
                            dueMinutes?: number | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            orgId?: string | null;
                            role: string;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changeNote: string | null;
                            closedActions: number;
                            id: string;
                            incidentType: string;
                            ownerOrg: string;
                            publishedAt: string;
                            tasks: {
                                checklist: string[];
                                /** @enum {string} */
                                discipline: "D1" | "D2" | "D3" | "D4" | "D5";
                                dueMinutes: number | null;
                                orgId: string | null;
                                orgName: string | null;
                                role: string;
                                title: string;
                            }[];
                            templateId: string;
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/geo/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipped map of Belgian municipalities (TopoJSON, CC0) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description TopoJSON of Belgian municipalities (CC0) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator definitions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            countsCases: boolean;
                            denominator: string;
                            description: string;
                            /** @enum {string} */
                            direction: "lower" | "higher" | "none";
                            disaggregation: string[];
                            factor: number;
                            id: string;
                            name: string;
                            numerator: string;
                            /** @enum {string} */
                            periodicity: "year" | "half" | "quarter" | "month";
                            /** @enum {string} */
                            reliability: "official" | "research" | "self-reported" | "indicative";
                            source: string;
                            sourceUrl: string | null;
                            unit: string;
                            updatedAt: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Define an indicator (prevention admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @default true */
                        countsCases?: boolean;
                        /** @default  */
                        denominator?: string;
                        /** @default  */
                        description?: string;
                        /**
                         * @default lower
                         * @enum {string}
                         */
                        direction?: "lower" | "higher" | "none";
                        /** @default [] */
                        disaggregation?: string[];
                        /** @default 1 */
                        factor?: number;
                        name: string;
                        numerator: string;
                        /** @enum {string} */
                        periodicity: "year" | "half" | "quarter" | "month";
                        /** @enum {string} */
                        reliability: "official" | "research" | "self-reported" | "indicative";
                        source: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        sourceUrl?: string | null;
                        /** @default  */
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            countsCases: boolean;
                            denominator: string;
                            description: string;
                            /** @enum {string} */
                            direction: "lower" | "higher" | "none";
                            disaggregation: string[];
                            factor: number;
                            id: string;
                            name: string;
                            numerator: string;
                            /** @enum {string} */
                            periodicity: "year" | "half" | "quarter" | "month";
                            /** @enum {string} */
                            reliability: "official" | "research" | "self-reported" | "indicative";
                            source: string;
                            sourceUrl: string | null;
                            unit: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an indicator definition (prevention admin; version from the last read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        countsCases?: boolean;
                        /** @default  */
                        denominator?: string;
                        /** @default  */
                        description?: string;
                        /**
                         * @default lower
                         * @enum {string}
                         */
                        direction?: "lower" | "higher" | "none";
                        /** @default [] */
                        disaggregation?: string[];
                        /** @default 1 */
                        factor?: number;
                        name: string;
                        numerator: string;
                        /** @enum {string} */
                        reliability: "official" | "research" | "self-reported" | "indicative";
                        source: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        sourceUrl?: string | null;
                        /** @default  */
                        unit?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            countsCases: boolean;
                            denominator: string;
                            description: string;
                            /** @enum {string} */
                            direction: "lower" | "higher" | "none";
                            disaggregation: string[];
                            factor: number;
                            id: string;
                            name: string;
                            numerator: string;
                            /** @enum {string} */
                            periodicity: "year" | "half" | "quarter" | "month";
                            /** @enum {string} */
                            reliability: "official" | "research" | "self-reported" | "indicative";
                            source: string;
                            sourceUrl: string | null;
                            unit: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Difference in differences and synthetic control with placebo intervals for one municipality */
        get: {
            parameters: {
                query: {
                    exclude?: string;
                    excludeProgrammes?: "true" | "false";
                    intervention: string;
                    nis: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caveats: {
                                code: string;
                                params: {
                                    [key: string]: number | string;
                                };
                            }[];
                            comparison: {
                                municipality: string;
                                nisCode: string;
                            }[];
                            did: {
                                comparisonAfter: number;
                                comparisonBefore: number;
                                effect: number;
                                interval: {
                                    count: number;
                                    high: number;
                                    level: number;
                                    low: number;
                                } | null;
                                of: number;
                                placebos: {
                                    effect: number;
                                    municipality: string;
                                    nisCode: string;
                                }[];
                                rank: number;
                                treatedAfter: number;
                                treatedBefore: number;
                            };
                            indicator: {
                                code: string;
                                countsCases: boolean;
                                denominator: string;
                                description: string;
                                /** @enum {string} */
                                direction: "lower" | "higher" | "none";
                                disaggregation: string[];
                                factor: number;
                                id: string;
                                name: string;
                                numerator: string;
                                /** @enum {string} */
                                periodicity: "year" | "half" | "quarter" | "month";
                                /** @enum {string} */
                                reliability: "official" | "research" | "self-reported" | "indicative";
                                source: string;
                                sourceUrl: string | null;
                                unit: string;
                                updatedAt: string;
                                version: number;
                            };
                            intervention: string;
                            periods: {
                                comparisonMean: number;
                                count: number | null;
                                gap: number;
                                national: {
                                    high: number;
                                    low: number;
                                    method: string;
                                    units: number;
                                    value: number;
                                } | null;
                                period: string;
                                post: boolean;
                                smallCell: boolean;
                                synthetic: number;
                                treated: number;
                            }[];
                            programmesAvailable: boolean;
                            synth: {
                                effect: number;
                                excluded: number;
                                interval: {
                                    count: number;
                                    high: number;
                                    level: number;
                                    low: number;
                                } | null;
                                of: number;
                                placebos: {
                                    effect: number;
                                    excluded: boolean;
                                    gaps: number[];
                                    municipality: string;
                                    nisCode: string;
                                    preRmspe: number;
                                }[];
                                postRmspe: number;
                                preRmspe: number;
                                rank: number;
                                weights: {
                                    municipality: string;
                                    nisCode: string;
                                    weight: number;
                                }[];
                            };
                            treated: {
                                municipality: string;
                                nisCode: string;
                                population: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/evaluate.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation as CSV (aggregates; small cells blank) */
        get: {
            parameters: {
                query: {
                    exclude?: string;
                    excludeProgrammes?: "true" | "false";
                    intervention: string;
                    nis: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (aggregates only; small cells left blank) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/evaluate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation as PDF (application/pdf; aggregates; small cells blank, as the CSV) */
        get: {
            parameters: {
                query: {
                    exclude?: string;
                    excludeProgrammes?: "true" | "false";
                    intervention: string;
                    nis: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV file of values: every row or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default  */
                        fileName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            importId: string;
                            replaced: number;
                            rows: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a CSV file of values without importing (problems by line and column) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default  */
                        fileName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            ok: boolean;
                            populationUsed: number;
                            problems: {
                                column: string;
                                line: number;
                                message: string;
                            }[];
                            replaced: number;
                            rows: number;
                            sample: {
                                denominator: number | null;
                                line: number;
                                municipality: string;
                                nisCode: string;
                                numerator: number | null;
                                period: string;
                                replaces: boolean;
                                value: number;
                            }[];
                            smallCells: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Values per municipality for one period, and programme participation */
        get: {
            parameters: {
                query?: {
                    period?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: {
                                code: string;
                                countsCases: boolean;
                                denominator: string;
                                description: string;
                                /** @enum {string} */
                                direction: "lower" | "higher" | "none";
                                disaggregation: string[];
                                factor: number;
                                id: string;
                                name: string;
                                numerator: string;
                                /** @enum {string} */
                                periodicity: "year" | "half" | "quarter" | "month";
                                /** @enum {string} */
                                reliability: "official" | "research" | "self-reported" | "indicative";
                                source: string;
                                sourceUrl: string | null;
                                unit: string;
                                updatedAt: string;
                                version: number;
                            };
                            period: string | null;
                            periods: string[];
                            programmes: {
                                municipality: string;
                                nisCode: string;
                                programmeTypes: string[];
                            }[] | null;
                            values: {
                                municipality: string;
                                nisCode: string;
                                smallCell: boolean;
                                value: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Values of an indicator (small cells flagged) */
        get: {
            parameters: {
                query?: {
                    nis?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: {
                                code: string;
                                countsCases: boolean;
                                denominator: string;
                                description: string;
                                /** @enum {string} */
                                direction: "lower" | "higher" | "none";
                                disaggregation: string[];
                                factor: number;
                                id: string;
                                name: string;
                                numerator: string;
                                /** @enum {string} */
                                periodicity: "year" | "half" | "quarter" | "month";
                                /** @enum {string} */
                                reliability: "official" | "research" | "self-reported" | "indicative";
                                source: string;
                                sourceUrl: string | null;
                                unit: string;
                                updatedAt: string;
                                version: number;
                            };
                            periods: string[];
                            values: {
                                denominator: number | null;
                                fromImport: boolean;
                                id: string;
                                municipality: string;
                                nisCode: string;
                                note: string;
                                numerator: number | null;
                                period: string;
                                periodStart: string;
                                smallCell: boolean;
                                value: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enter or replace one value */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        denominator?: number | null;
                        nisCode: string;
                        /** @default  */
                        note?: string;
                        /** @default null */
                        numerator?: number | null;
                        period: string;
                        /** @default null */
                        value?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            denominator: number | null;
                            fromImport: boolean;
                            id: string;
                            municipality: string;
                            nisCode: string;
                            note: string;
                            numerator: number | null;
                            period: string;
                            periodStart: string;
                            smallCell: boolean;
                            value: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/indicators/{id}/values.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Values as CSV (aggregates; small cells blank) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (aggregates only; small cells left blank) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Belgian municipalities: NIS code, names, population (1 January 2020) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            nameFr: string;
                            nameNl: string;
                            nis: string;
                            population: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/theories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Theories of change per programme type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programmeTypes: string[];
                            theories: {
                                activities: string[];
                                indicatorIds: string[];
                                outcomes: string[];
                                outputs: string[];
                                programmeType: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/theories/{programmeType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the theory of change of a programme type (prevention admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    programmeType: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activities: string[];
                        indicatorIds: string[];
                        outcomes: string[];
                        outputs: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: string[];
                            indicatorIds: string[];
                            outcomes: string[];
                            outputs: string[];
                            programmeType: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sharing groups */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            id: string;
                            name: string;
                            orgIds: string[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create a sharing group (global administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        name: string;
                        /** @default [] */
                        orgIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            id: string;
                            name: string;
                            orgIds: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the member organisations of a sharing group */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/authorisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board: authorisations you may read, with their next deadline */
        get: {
            parameters: {
                query?: {
                    method?: string;
                    state?: "draft" | "awaiting-opinion" | "urgent" | "active" | "renewal-requested" | "suspended" | "refused" | "ended" | "expired" | "destroyed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activeSince: string | null;
                            createdAt: string;
                            durationDays: number;
                            id: string;
                            method: string;
                            nextDeadline: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            } | null;
                            orgId: string;
                            orgName: string;
                            reference: string;
                            /** @enum {string} */
                            state: "draft" | "awaiting-opinion" | "urgent" | "active" | "renewal-requested" | "suspended" | "refused" | "ended" | "expired" | "destroyed";
                            stateSince: string;
                            targetCount: number;
                            /** @enum {string} */
                            tier: "ordinary" | "specific" | "exceptional";
                            until: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Draft a special-method request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        basisId: string;
                        /**
                         * @default secret
                         * @enum {string}
                         */
                        classification?: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                        durationDays: number;
                        facts: string;
                        /** @enum {string} */
                        method: "open-sources" | "observation-public" | "observation-technical-public" | "inspection-public-places" | "mail-identification" | "communication-identification" | "location-data" | "observation-private-places" | "entry-private-places" | "fictitious-legal-person" | "mail-opening" | "bank-data" | "computer-intrusion" | "interception";
                        /** @default [] */
                        offenceIds?: string[];
                        proportionality: string;
                        subsidiarity: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        supersedesId?: string | null;
                        targets: string[];
                        /** @enum {string} */
                        tier?: "ordinary" | "specific" | "exceptional";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("approve" | "refuse" | "urgent-start" | "opinion-favourable" | "opinion-unfavourable" | "renew" | "suspend" | "lift" | "end" | "expire" | "destroy")[];
                            activeSince: string | null;
                            basisId: string;
                            chainIntact: boolean;
                            classification: string;
                            createdAt: string;
                            deadlines: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            }[];
                            destruction: {
                                destroyedBy: string;
                                destroyedOn: string;
                                how: string;
                                what: string;
                            } | null;
                            durationDays: number;
                            facts: string;
                            firstBadStep: {
                                detail: string;
                                kind: string;
                                seq: number;
                            } | null;
                            history: {
                                action: string;
                                actorId: string;
                                actorName: string;
                                actorOrgName: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromState: string | null;
                                hash: string;
                                keyId: string | null;
                                prevHash: string;
                                reason: string;
                                seq: number;
                                signature: string | null;
                                toState: string;
                            }[];
                            id: string;
                            method: string;
                            nextDeadline: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            } | null;
                            offenceIds: string[];
                            orgId: string;
                            orgName: string;
                            proportionality: string;
                            reference: string;
                            roles: string[];
                            /** @enum {string} */
                            state: "draft" | "awaiting-opinion" | "urgent" | "active" | "renewal-requested" | "suspended" | "refused" | "ended" | "expired" | "destroyed";
                            stateSince: string;
                            subsidiarity: string;
                            supersedesId: string | null;
                            targetCount: number;
                            targets: {
                                id: string;
                                name: string | null;
                            }[];
                            /** @enum {string} */
                            tier: "ordinary" | "specific" | "exceptional";
                            until: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/authorisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An authorisation with its signed history (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("approve" | "refuse" | "urgent-start" | "opinion-favourable" | "opinion-unfavourable" | "renew" | "suspend" | "lift" | "end" | "expire" | "destroy")[];
                            activeSince: string | null;
                            basisId: string;
                            chainIntact: boolean;
                            classification: string;
                            createdAt: string;
                            deadlines: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            }[];
                            destruction: {
                                destroyedBy: string;
                                destroyedOn: string;
                                how: string;
                                what: string;
                            } | null;
                            durationDays: number;
                            facts: string;
                            firstBadStep: {
                                detail: string;
                                kind: string;
                                seq: number;
                            } | null;
                            history: {
                                action: string;
                                actorId: string;
                                actorName: string;
                                actorOrgName: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromState: string | null;
                                hash: string;
                                keyId: string | null;
                                prevHash: string;
                                reason: string;
                                seq: number;
                                signature: string | null;
                                toState: string;
                            }[];
                            id: string;
                            method: string;
                            nextDeadline: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            } | null;
                            offenceIds: string[];
                            orgId: string;
                            orgName: string;
                            proportionality: string;
                            reference: string;
                            roles: string[];
                            /** @enum {string} */
                            state: "draft" | "awaiting-opinion" | "urgent" | "active" | "renewal-requested" | "suspended" | "refused" | "ended" | "expired" | "destroyed";
                            stateSince: string;
                            subsidiarity: string;
                            supersedesId: string | null;
                            targetCount: number;
                            targets: {
                                id: string;
                                name: string | null;
                            }[];
                            /** @enum {string} */
                            tier: "ordinary" | "specific" | "exceptional";
                            until: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/authorisations/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check an authorisation's chain and the server's Ed25519 signature of each step against the trusted key; names the first bad step (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorisationId: string;
                            firstBad: {
                                detail: string;
                                kind: string;
                                seq: number;
                            } | null;
                            ok: boolean;
                            reference: string;
                            signed: number;
                            transitions: number;
                            unsigned: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/authorisations/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the next step (approve, refuse, opinion, renew, suspend, end, destroy…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "refuse" | "urgent-start" | "opinion-favourable" | "opinion-unfavourable" | "renew" | "suspend" | "lift" | "end" | "expire" | "destroy";
                        destruction?: {
                            destroyedOn: string;
                            how: string;
                            what: string;
                        };
                        durationDays?: number;
                        /** @default  */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("approve" | "refuse" | "urgent-start" | "opinion-favourable" | "opinion-unfavourable" | "renew" | "suspend" | "lift" | "end" | "expire" | "destroy")[];
                            activeSince: string | null;
                            basisId: string;
                            chainIntact: boolean;
                            classification: string;
                            createdAt: string;
                            deadlines: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            }[];
                            destruction: {
                                destroyedBy: string;
                                destroyedOn: string;
                                how: string;
                                what: string;
                            } | null;
                            durationDays: number;
                            facts: string;
                            firstBadStep: {
                                detail: string;
                                kind: string;
                                seq: number;
                            } | null;
                            history: {
                                action: string;
                                actorId: string;
                                actorName: string;
                                actorOrgName: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromState: string | null;
                                hash: string;
                                keyId: string | null;
                                prevHash: string;
                                reason: string;
                                seq: number;
                                signature: string | null;
                                toState: string;
                            }[];
                            id: string;
                            method: string;
                            nextDeadline: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            } | null;
                            offenceIds: string[];
                            orgId: string;
                            orgName: string;
                            proportionality: string;
                            reference: string;
                            roles: string[];
                            /** @enum {string} */
                            state: "draft" | "awaiting-opinion" | "urgent" | "active" | "renewal-requested" | "suspended" | "refused" | "ended" | "expired" | "destroyed";
                            stateSince: string;
                            subsidiarity: string;
                            supersedesId: string | null;
                            targetCount: number;
                            targets: {
                                id: string;
                                name: string | null;
                            }[];
                            /** @enum {string} */
                            tier: "ordinary" | "specific" | "exceptional";
                            until: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The legal bases for processing (every version, inForce, and the citation a record's markings carry): any signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            citation: string;
                            code: string;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            kind: "offence" | "basis";
                            method: string | null;
                            replacesId: string | null;
                            /** @enum {string|null} */
                            scope: "processing" | "method" | null;
                            successorId: string | null;
                            textReference: string;
                            title: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/cooperation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Extradition, EAW and mutual legal assistance requests you may read */
        get: {
            parameters: {
                query?: {
                    kind?: "extradition" | "eaw" | "mla";
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedEvents: string[];
                            basisId: string;
                            counterpart: string;
                            deadlines: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            }[];
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                            events: {
                                actorName: string;
                                at: string;
                                event: string;
                                keyId: string | null;
                                note: string;
                                onDate: string;
                                seq: number;
                                signed: boolean;
                            }[];
                            facts: {
                                arrestOn: string | null;
                                consentOn: string | null;
                                extended: boolean;
                                finalDecisionOn: string | null;
                                receivedOn: string | null;
                                recognisedOn: string | null;
                                surrenderedOn: string | null;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "extradition" | "eaw" | "mla";
                            offenceIds: string[];
                            orgId: string;
                            orgName: string;
                            otherCountry: string;
                            parties: string;
                            reference: string;
                            signatures: {
                                firstBad: {
                                    detail: string;
                                    kind: string;
                                    seq: number;
                                } | null;
                                ok: boolean;
                                signed: number;
                                steps: number;
                                unsigned: number;
                            } | null;
                            state: string;
                            subjects: {
                                id: string;
                                name: string | null;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Record a cooperation request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        basisId: string;
                        /**
                         * @default secret
                         * @enum {string}
                         */
                        classification?: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                        counterpart: string;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        /** @enum {string} */
                        kind: "extradition" | "eaw" | "mla";
                        /** @default [] */
                        offenceIds?: string[];
                        otherCountry: string;
                        /** @default  */
                        parties?: string;
                        /** @default null */
                        receivedOn?: string | null;
                        /** @default [] */
                        subjectIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedEvents: string[];
                            basisId: string;
                            counterpart: string;
                            deadlines: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            }[];
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                            events: {
                                actorName: string;
                                at: string;
                                event: string;
                                keyId: string | null;
                                note: string;
                                onDate: string;
                                seq: number;
                                signed: boolean;
                            }[];
                            facts: {
                                arrestOn: string | null;
                                consentOn: string | null;
                                extended: boolean;
                                finalDecisionOn: string | null;
                                receivedOn: string | null;
                                recognisedOn: string | null;
                                surrenderedOn: string | null;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "extradition" | "eaw" | "mla";
                            offenceIds: string[];
                            orgId: string;
                            orgName: string;
                            otherCountry: string;
                            parties: string;
                            reference: string;
                            signatures: {
                                firstBad: {
                                    detail: string;
                                    kind: string;
                                    seq: number;
                                } | null;
                                ok: boolean;
                                signed: number;
                                steps: number;
                                unsigned: number;
                            } | null;
                            state: string;
                            subjects: {
                                id: string;
                                name: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/cooperation/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cooperation request with its events and deadlines (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedEvents: string[];
                            basisId: string;
                            counterpart: string;
                            deadlines: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            }[];
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                            events: {
                                actorName: string;
                                at: string;
                                event: string;
                                keyId: string | null;
                                note: string;
                                onDate: string;
                                seq: number;
                                signed: boolean;
                            }[];
                            facts: {
                                arrestOn: string | null;
                                consentOn: string | null;
                                extended: boolean;
                                finalDecisionOn: string | null;
                                receivedOn: string | null;
                                recognisedOn: string | null;
                                surrenderedOn: string | null;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "extradition" | "eaw" | "mla";
                            offenceIds: string[];
                            orgId: string;
                            orgName: string;
                            otherCountry: string;
                            parties: string;
                            reference: string;
                            signatures: {
                                firstBad: {
                                    detail: string;
                                    kind: string;
                                    seq: number;
                                } | null;
                                ok: boolean;
                                signed: number;
                                steps: number;
                                unsigned: number;
                            } | null;
                            state: string;
                            subjects: {
                                id: string;
                                name: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/cooperation/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a dated step (arrest, consent, extension, decision, surrender…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        event: "sent" | "received" | "arrest" | "consent" | "extension" | "recognised" | "final-decision" | "surrender" | "executed" | "refused" | "withdrawn";
                        /** @default  */
                        note?: string;
                        onDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedEvents: string[];
                            basisId: string;
                            counterpart: string;
                            deadlines: {
                                due: string;
                                key: string;
                                overdue: boolean;
                                reference: string;
                            }[];
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                            events: {
                                actorName: string;
                                at: string;
                                event: string;
                                keyId: string | null;
                                note: string;
                                onDate: string;
                                seq: number;
                                signed: boolean;
                            }[];
                            facts: {
                                arrestOn: string | null;
                                consentOn: string | null;
                                extended: boolean;
                                finalDecisionOn: string | null;
                                receivedOn: string | null;
                                recognisedOn: string | null;
                                surrenderedOn: string | null;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "extradition" | "eaw" | "mla";
                            offenceIds: string[];
                            orgId: string;
                            orgName: string;
                            otherCountry: string;
                            parties: string;
                            reference: string;
                            signatures: {
                                firstBad: {
                                    detail: string;
                                    kind: string;
                                    seq: number;
                                } | null;
                                ok: boolean;
                                signed: number;
                                steps: number;
                                unsigned: number;
                            } | null;
                            state: string;
                            subjects: {
                                id: string;
                                name: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/cooperation/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a cooperation request's chain of steps and the server's Ed25519 signature of each against the trusted key; names the first bad step (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            firstBad: {
                                detail: string;
                                kind: string;
                                seq: number;
                            } | null;
                            ok: boolean;
                            reference: string;
                            requestId: string;
                            signed: number;
                            transitions: number;
                            unsigned: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadline rules with their legal references */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: number;
                            indicative: boolean;
                            key: string;
                            note: string;
                            reference: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/deadline-rules/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a deadline rule (legal admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: number;
                        indicative: boolean;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: number;
                            indicative: boolean;
                            key: string;
                            note: string;
                            reference: string;
                        }[];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming deadlines of the records you may read */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            due: string;
                            id: string;
                            key: string;
                            overdue: boolean;
                            /** @enum {string} */
                            recordType: "legal-authorisation" | "legal-cooperation";
                            reference: string;
                            reference_text: string;
                            state: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/deadlines.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same deadlines as an iCalendar file (RFC 5545): reference numbers and kinds of deadline only, no personal data */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The special methods and their tiers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            code: string;
                            /** @enum {string} */
                            tier: "ordinary" | "specific" | "exceptional";
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/offences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offences of the registry (latest version of each, inForce), for classifying subjects: any signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            code: string;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            kind: "offence" | "basis";
                            method: string | null;
                            replacesId: string | null;
                            /** @enum {string|null} */
                            scope: "processing" | "method" | null;
                            successorId: string | null;
                            textReference: string;
                            title: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registry look-up: offences and legal bases (latest versions, or every version with history=true; validOn filters those in force) */
        get: {
            parameters: {
                query?: {
                    history?: "true" | "false";
                    kind?: "offence" | "basis";
                    method?: string;
                    q?: string;
                    scope?: "processing" | "method";
                    validOn?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            code: string;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            kind: "offence" | "basis";
                            method: string | null;
                            replacesId: string | null;
                            /** @enum {string|null} */
                            scope: "processing" | "method" | null;
                            successorId: string | null;
                            textReference: string;
                            title: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Add an offence or legal basis (legal admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        article: string;
                        code: string;
                        /** @enum {string} */
                        kind: "offence" | "basis";
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        method?: "open-sources" | "observation-public" | "observation-technical-public" | "inspection-public-places" | "mail-identification" | "communication-identification" | "location-data" | "observation-private-places" | "entry-private-places" | "fictitious-legal-person" | "mail-opening" | "bank-data" | "computer-intrusion" | "interception" | null;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        scope?: "processing" | "method" | null;
                        textReference: string;
                        title: string;
                        validFrom: string;
                        /** @default null */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            code: string;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            kind: "offence" | "basis";
                            method: string | null;
                            replacesId: string | null;
                            /** @enum {string|null} */
                            scope: "processing" | "method" | null;
                            successorId: string | null;
                            textReference: string;
                            title: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            versions: {
                                article: string;
                                code: string;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                kind: "offence" | "basis";
                                method: string | null;
                                replacesId: string | null;
                                /** @enum {string|null} */
                                scope: "processing" | "method" | null;
                                successorId: string | null;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/registry/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registry entry with all its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            code: string;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            kind: "offence" | "basis";
                            method: string | null;
                            replacesId: string | null;
                            /** @enum {string|null} */
                            scope: "processing" | "method" | null;
                            successorId: string | null;
                            textReference: string;
                            title: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            versions: {
                                article: string;
                                code: string;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                kind: "offence" | "basis";
                                method: string | null;
                                replacesId: string | null;
                                /** @enum {string|null} */
                                scope: "processing" | "method" | null;
                                successorId: string | null;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/registry/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend an entry: a new version; the old one ends and names its successor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        article: string;
                        textReference: string;
                        title: string;
                        validFrom: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            code: string;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            kind: "offence" | "basis";
                            method: string | null;
                            replacesId: string | null;
                            /** @enum {string|null} */
                            scope: "processing" | "method" | null;
                            successorId: string | null;
                            textReference: string;
                            title: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            versions: {
                                article: string;
                                code: string;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                kind: "offence" | "basis";
                                method: string | null;
                                replacesId: string | null;
                                /** @enum {string|null} */
                                scope: "processing" | "method" | null;
                                successorId: string | null;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/registry/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prevention cases classified under an offence (only those you may read under shared professional secrecy, and counted so) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: {
                                cellName: string;
                                id: string;
                                reference: string;
                                stage: string;
                            }[];
                            count: number;
                            offence: {
                                article: string;
                                code: string;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                kind: "offence" | "basis";
                                method: string | null;
                                replacesId: string | null;
                                /** @enum {string|null} */
                                scope: "processing" | "method" | null;
                                successorId: string | null;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            };
                            truncated: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/registry/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an entry's validity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        validTo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: string;
                            code: string;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            kind: "offence" | "basis";
                            method: string | null;
                            replacesId: string | null;
                            /** @enum {string|null} */
                            scope: "processing" | "method" | null;
                            successorId: string | null;
                            textReference: string;
                            title: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            versions: {
                                article: string;
                                code: string;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                kind: "offence" | "basis";
                                method: string | null;
                                replacesId: string | null;
                                /** @enum {string|null} */
                                scope: "processing" | "method" | null;
                                successorId: string | null;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/registry/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records citing a legal basis, for review after it expired or was amended */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: {
                                article: string;
                                code: string;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                kind: "offence" | "basis";
                                method: string | null;
                                replacesId: string | null;
                                /** @enum {string|null} */
                                scope: "processing" | "method" | null;
                                successorId: string | null;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            };
                            citation: string;
                            coverage: string;
                            records: {
                                date: string | null;
                                id: string;
                                level: number | null;
                                module: string;
                                recordType: string;
                                reference: string;
                                state: string;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/registry/{id}/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Intelligence subjects classified under an offence (only those you may read, and counted so) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            offence: {
                                article: string;
                                code: string;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                kind: "offence" | "basis";
                                method: string | null;
                                replacesId: string | null;
                                /** @enum {string|null} */
                                scope: "processing" | "method" | null;
                                successorId: string | null;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            };
                            subjects: {
                                category: string | null;
                                id: string;
                                label: string;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the chains and signatures of every authorisation and cooperation request (oversight bodies); lists the first bad step of each broken one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorisations: number;
                            broken: {
                                authorisationId: string;
                                firstBad: {
                                    detail: string;
                                    kind: string;
                                    seq: number;
                                } | null;
                                ok: boolean;
                                reference: string;
                                signed: number;
                                transitions: number;
                                unsigned: number;
                            }[];
                            cooperation: {
                                broken: {
                                    firstBad: {
                                        detail: string;
                                        kind: string;
                                        seq: number;
                                    } | null;
                                    ok: boolean;
                                    reference: string;
                                    requestId: string;
                                    signed: number;
                                    transitions: number;
                                    unsigned: number;
                                }[];
                                ok: boolean;
                                requests: number;
                                signed: number;
                                transitions: number;
                                unsigned: number;
                            };
                            ok: boolean;
                            signed: number;
                            transitions: number;
                            unsigned: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per service × method × month, per offence (oversight bodies) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    publication?: "true" | "false";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            offences: {
                                article: string;
                                authorisations: number;
                                cooperation: number;
                                offenceId: string;
                                title: string;
                            }[];
                            rows: {
                                destroyed: number;
                                ended: number;
                                method: string;
                                month: string;
                                orgId: string;
                                orgName: string;
                                persons: number;
                                refused: number;
                                runningDays: number;
                                started: number;
                                suspended: number;
                            }[];
                            threshold: number;
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/statistics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics as CSV; publication=true (default) suppresses cells below 5 */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    publication?: "true" | "false";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal/statistics.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics as PDF (application/pdf); publication=true (default) suppresses cells below 5, as the CSV */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    publication?: "true" | "false";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link two subjects */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** Format: uuid */
                        fromSubjectId: string;
                        markings: {
                            /** @enum {string} */
                            classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            /** @enum {string} */
                            distribution: "organisation" | "organisations" | "group" | "all";
                            /** @default [] */
                            groupIds?: string[];
                            /**
                             * @default H0
                             * @enum {string}
                             */
                            handlingCode?: "H0" | "H1" | "H2" | "H3";
                            /** @default false */
                            hitNoHit?: boolean;
                            legalBasis: string;
                            purpose: string;
                            /** @default null */
                            reviewDate?: string | null;
                            /** @default [] */
                            sharedWith?: string[];
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        };
                        /** Format: uuid */
                        toSubjectId: string;
                        /** @enum {string} */
                        type: "family" | "associate" | "member_of" | "leader_of" | "travelled_with" | "financed" | "communicated_with" | "recruited";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            fromSubjectId: string;
                            id: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            toSubjectId: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link (a tombstone remains) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved table views (of one screen with ?screen=) */
        get: {
            parameters: {
                query?: {
                    screen?: "reports" | "subjects" | "sharing" | "hits" | "audit" | "orders";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            views: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                query: string;
                                screen: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a table view under a name (the same name replaces it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        query?: string;
                        /** @enum {string} */
                        screen: "reports" | "subjects" | "sharing" | "hits" | "audit" | "orders";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            query: string;
                            screen: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved views (404 for anyone else’s) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                kind: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                read: boolean;
                                recordId: string | null;
                                recordName: string | null;
                                recordType: string | null;
                            }[];
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations (agencies) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: string;
                            country: string;
                            id: string;
                            kind: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation (global administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        contact?: string;
                        /** @default BE */
                        country?: string;
                        /** @enum {string} */
                        kind: "intelligence" | "police" | "threat-assessment" | "border" | "crisis" | "prevention" | "foreign-partner" | "oversight";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: string;
                            country: string;
                            id: string;
                            kind: string;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an organisation (global administrator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        contact?: string;
                        /** @default BE */
                        country?: string;
                        /** @enum {string} */
                        kind?: "intelligence" | "police" | "threat-assessment" | "border" | "crisis" | "prevention" | "foreign-partner" | "oversight";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/oversight/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant an oversight user read access to a record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 14 */
                        days?: number;
                        reason: string;
                        /** Format: uuid */
                        recordId: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oversight/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find a record by a name or document number (ids only, audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        document?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                label: string;
                                organisation: string;
                                orgId: string;
                                /** @enum {string} */
                                recordType: "subject";
                            }[];
                            more: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider portal: the order (token in the x-portal-token header or ?token=) */
        get: {
            parameters: {
                query?: {
                    token?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: string[];
                            canAnswer: boolean;
                            contentHashes: {
                                md5: string | null;
                                pdq: string | null;
                                sha256: string | null;
                            }[];
                            dueAt: string | null;
                            id: string;
                            issuedAt: string | null;
                            issuingAuthority: string;
                            kind: string;
                            offence: string;
                            offenceText: string;
                            outcome: {
                                action: string;
                                at: string | null;
                                note: string | null;
                                removedAt: string | null;
                            } | null;
                            provider: string;
                            reasons: string;
                            secondsLeft: number | null;
                            state: string;
                            url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Provider portal: confirm removal (removed|disabled), contest (removal order) or decline (referral) */
        post: {
            parameters: {
                query?: {
                    token?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "removed" | "disabled" | "contested" | "declined";
                        /** Format: date-time */
                        actionAt?: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: string[];
                            canAnswer: boolean;
                            contentHashes: {
                                md5: string | null;
                                pdq: string | null;
                                sha256: string | null;
                            }[];
                            dueAt: string | null;
                            id: string;
                            issuedAt: string | null;
                            issuingAuthority: string;
                            kind: string;
                            offence: string;
                            offenceText: string;
                            outcome: {
                                action: string;
                                at: string | null;
                                note: string | null;
                                removedAt: string | null;
                            } | null;
                            provider: string;
                            reasons: string;
                            secondsLeft: number | null;
                            state: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases the caller takes part in (optionally of one cell) */
        get: {
            parameters: {
                query?: {
                    cellId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            id: string;
                            municipality: string;
                            nisCode: string;
                            reference: string;
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with what the caller may read of it (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the person's consent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        consent: "not_applicable" | "given" | "refused" | "withdrawn";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contribution with its sharing level */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "note" | "conclusion";
                        /** @enum {string} */
                        sharing: "own_service" | "cell" | "secrecy";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a feedback sheet to the police */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contributionIds: string[];
                        texts: {
                            advice: string;
                            summary: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a field beyond the minimum, with its reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        field: string;
                        reason: string;
                        value: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/intel-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link the case to an intelligence subject by documented decision (the coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        decidedBy: string;
                        decisionRef: string;
                        reason: string;
                        /** Format: uuid */
                        subjectId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/legal-basis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the case's legal basis (the coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        legalBasis?: string;
                        /** Format: uuid */
                        legalBasisId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/offences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's offences from the legal registry, and whether the caller may change them (404 when missing or refused) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            editable: boolean;
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Classify a case by offence: the registry's offence codes (a participating member with write right; an empty list clears) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            editable: boolean;
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Clear a case's offence classification (a participating member with write right) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            editable: boolean;
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a member of the cell to the case (the coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        memberId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a goal or an action to the support plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "goal" | "action";
                        /** Format: uuid */
                        responsibleOrgId?: string | null;
                        reviewDate?: string | null;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review the case and set the next review date (the coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nextReviewDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cases/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the case to another stage */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @enum {string} */
                        to: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cells": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cells the caller is a member of */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                            };
                            memberCount: number;
                            municipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            name: string;
                            orgId: string;
                            orgName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create a cell (prevention administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        coordinatorUserId: string;
                        name: string;
                        nisCodes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formerMembers: {
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                removedAt: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                fromOrgName: string | null;
                                fromRole: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "added" | "changed" | "removed";
                                memberId: string;
                                name: string;
                                reason: string;
                                toOrgName: string | null;
                                toRole: string | null;
                                vacancies: string[];
                            }[];
                            id: string;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                            };
                            members: {
                                core: boolean;
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            municipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            name: string;
                            orgId: string;
                            orgName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cells/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cell and its members (404 for non-members) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formerMembers: {
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                removedAt: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                fromOrgName: string | null;
                                fromRole: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "added" | "changed" | "removed";
                                memberId: string;
                                name: string;
                                reason: string;
                                toOrgName: string | null;
                                toRole: string | null;
                                vacancies: string[];
                            }[];
                            id: string;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                            };
                            members: {
                                core: boolean;
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            municipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            name: string;
                            orgId: string;
                            orgName: string;
                        };
                    };
                };
            };
        };
        /** Rename a cell or change its municipalities (the coordinator or an administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        nisCodes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formerMembers: {
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                removedAt: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                fromOrgName: string | null;
                                fromRole: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "added" | "changed" | "removed";
                                memberId: string;
                                name: string;
                                reason: string;
                                toOrgName: string | null;
                                toRole: string | null;
                                vacancies: string[];
                            }[];
                            id: string;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                            };
                            members: {
                                core: boolean;
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            municipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            name: string;
                            orgId: string;
                            orgName: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cells/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a case with minimum data */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthYear: number;
                        /** @enum {string} */
                        consent: "not_applicable" | "given" | "refused" | "withdrawn";
                        consentNote?: string;
                        fields?: {
                            field: string;
                            reason: string;
                            value: string;
                        }[];
                        legalBasis?: string;
                        /** Format: uuid */
                        legalBasisId?: string | null;
                        nisCode: string;
                        participantIds?: string[];
                        reference: string;
                        reviewDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cells/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cell's meetings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: {
                                caseId: string | null;
                                caseReference: string | null;
                                hidden: boolean;
                                title: string;
                            }[];
                            cellId: string;
                            hasMinutes: boolean;
                            heldOn: string;
                            id: string;
                            minutesBy: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Schedule a meeting with its agenda */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda: {
                            /** Format: uuid */
                            caseId?: string | null;
                            title: string;
                        }[];
                        heldOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: {
                                caseId: string | null;
                                caseReference: string | null;
                                hidden: boolean;
                                title: string;
                            }[];
                            cellId: string;
                            heldOn: string;
                            id: string;
                            minutes: string;
                            minutesBy: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/cells/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member with a role (the coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formerMembers: {
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                removedAt: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                fromOrgName: string | null;
                                fromRole: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "added" | "changed" | "removed";
                                memberId: string;
                                name: string;
                                reason: string;
                                toOrgName: string | null;
                                toRole: string | null;
                                vacancies: string[];
                            }[];
                            id: string;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                            };
                            members: {
                                core: boolean;
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            municipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            name: string;
                            orgId: string;
                            orgName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/enrolments/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a milestone (education, work, housing, family) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /** @enum {string} */
                        domain: "education" | "work" | "housing" | "family";
                        reachedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/enrolments/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome of an enrolment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @enum {string} */
                        outcome: "completed" | "partly" | "dropped_out" | "transferred";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CVE exchanges and networks (participants as counts) */
        get: {
            parameters: {
                query?: {
                    nisCode?: string;
                    type?: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            cohorts: number;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            nisCode: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Record an exchange */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        /** @default [] */
                        donorNisCodes?: string[];
                        endsOn?: string | null;
                        nisCode: string;
                        partnerCities: string[];
                        startsOn: string;
                        title: string;
                        /** @enum {string} */
                        type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                description: string;
                                heldOn: string;
                                id: string;
                            }[];
                            canWrite: boolean;
                            city: string;
                            cohortList: {
                                id: string;
                                label: string;
                                participants: number;
                                year: number;
                            }[];
                            cohorts: number;
                            description: string;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            lessons: {
                                followUps: {
                                    action: string;
                                    dueOn: string | null;
                                    id: string;
                                    indicatorId: string | null;
                                    planRef: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                }[];
                                id: string;
                                text: string;
                            }[];
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/exchanges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An exchange with cohorts, activities, lessons and follow-up actions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                description: string;
                                heldOn: string;
                                id: string;
                            }[];
                            canWrite: boolean;
                            city: string;
                            cohortList: {
                                id: string;
                                label: string;
                                participants: number;
                                year: number;
                            }[];
                            cohorts: number;
                            description: string;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            lessons: {
                                followUps: {
                                    action: string;
                                    dueOn: string | null;
                                    id: string;
                                    indicatorId: string | null;
                                    planRef: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                }[];
                                id: string;
                                text: string;
                            }[];
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        };
                    };
                };
            };
        };
        /** Correct an exchange (the organisation that recorded it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        /** @default [] */
                        donorNisCodes?: string[];
                        endsOn?: string | null;
                        nisCode: string;
                        partnerCities: string[];
                        startsOn: string;
                        title: string;
                        /** @enum {string} */
                        type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                description: string;
                                heldOn: string;
                                id: string;
                            }[];
                            canWrite: boolean;
                            city: string;
                            cohortList: {
                                id: string;
                                label: string;
                                participants: number;
                                year: number;
                            }[];
                            cohorts: number;
                            description: string;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            lessons: {
                                followUps: {
                                    action: string;
                                    dueOn: string | null;
                                    id: string;
                                    indicatorId: string | null;
                                    planRef: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                }[];
                                id: string;
                                text: string;
                            }[];
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/exchanges/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an activity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        heldOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                description: string;
                                heldOn: string;
                                id: string;
                            }[];
                            canWrite: boolean;
                            city: string;
                            cohortList: {
                                id: string;
                                label: string;
                                participants: number;
                                year: number;
                            }[];
                            cohorts: number;
                            description: string;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            lessons: {
                                followUps: {
                                    action: string;
                                    dueOn: string | null;
                                    id: string;
                                    indicatorId: string | null;
                                    planRef: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                }[];
                                id: string;
                                text: string;
                            }[];
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/exchanges/{id}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a cohort (a count of participants) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
                        participants: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                description: string;
                                heldOn: string;
                                id: string;
                            }[];
                            canWrite: boolean;
                            city: string;
                            cohortList: {
                                id: string;
                                label: string;
                                participants: number;
                                year: number;
                            }[];
                            cohorts: number;
                            description: string;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            lessons: {
                                followUps: {
                                    action: string;
                                    dueOn: string | null;
                                    id: string;
                                    indicatorId: string | null;
                                    planRef: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                }[];
                                id: string;
                                text: string;
                            }[];
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/exchanges/{id}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a lesson learned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                description: string;
                                heldOn: string;
                                id: string;
                            }[];
                            canWrite: boolean;
                            city: string;
                            cohortList: {
                                id: string;
                                label: string;
                                participants: number;
                                year: number;
                            }[];
                            cohorts: number;
                            description: string;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            lessons: {
                                followUps: {
                                    action: string;
                                    dueOn: string | null;
                                    id: string;
                                    indicatorId: string | null;
                                    planRef: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                }[];
                                id: string;
                                text: string;
                            }[];
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/feedback/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one's consent or refusal to a feedback sheet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "consent" | "refuse";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/feedback/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the sheet (every participant consented; nothing secrecy-covered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            broughtBy: string;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            consentNote: string;
                            contributions: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "conclusion";
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                /** @enum {string} */
                                sharing: "own_service" | "cell" | "secrecy";
                                text: string;
                            }[];
                            feedback: {
                                consents: {
                                    /** @enum {string} */
                                    decision: "consent" | "refuse";
                                    memberId: string;
                                }[];
                                contributionIds: string[];
                                id: string;
                                missing: string[];
                                problems: {
                                    field: string;
                                    message: string;
                                }[];
                                refused: string[];
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "draft" | "sent";
                                texts: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                            fields: {
                                field: string;
                                id: string;
                                reason: string;
                                value: string;
                            }[];
                            id: string;
                            intelLinks: {
                                createdAt: string;
                                decidedBy: string;
                                decisionRef: string;
                                id: string;
                                reason: string;
                                subjectId: string;
                            }[];
                            legalBasis: string;
                            legalBasisId: string | null;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                                participant: boolean;
                            };
                            municipality: string;
                            nextStages: ("identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit")[];
                            nisCode: string;
                            participants: {
                                core: boolean;
                                memberId: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                role: string;
                                userId: string;
                            }[];
                            plan: {
                                id: string;
                                /** @enum {string} */
                                kind: "goal" | "action";
                                responsibleOrgId: string | null;
                                responsibleOrgName: string | null;
                                reviewDate: string | null;
                                status: string;
                                text: string;
                            }[];
                            reference: string;
                            review: {
                                due: boolean;
                                restricted: boolean;
                            };
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            stages: {
                                at: string;
                                from: string | null;
                                memberId: string;
                                reason: string;
                                to: string;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/legal-bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Legal bases for processing in force, from the legal registry (empty without a right on legal) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: boolean;
                            bases: {
                                article: string;
                                code: string;
                                id: string;
                                textReference: string;
                                title: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/lessons/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the follow-up action a lesson led to in the city's plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        action: string;
                        dueOn?: string | null;
                        indicatorId?: string | null;
                        planRef?: string;
                        /** @enum {string} */
                        status?: "planned" | "in_progress" | "done";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                description: string;
                                heldOn: string;
                                id: string;
                            }[];
                            canWrite: boolean;
                            city: string;
                            cohortList: {
                                id: string;
                                label: string;
                                participants: number;
                                year: number;
                            }[];
                            cohorts: number;
                            description: string;
                            donorMunicipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            endsOn: string | null;
                            id: string;
                            lessons: {
                                followUps: {
                                    action: string;
                                    dueOn: string | null;
                                    id: string;
                                    indicatorId: string | null;
                                    planRef: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                }[];
                                id: string;
                                text: string;
                            }[];
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            participants: number;
                            partnerCities: string[];
                            startsOn: string;
                            title: string;
                            /** @enum {string} */
                            type: "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting with agenda and minutes (404 for non-members) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: {
                                caseId: string | null;
                                caseReference: string | null;
                                hidden: boolean;
                                title: string;
                            }[];
                            cellId: string;
                            heldOn: string;
                            id: string;
                            minutes: string;
                            minutesBy: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a meeting's agenda */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda: {
                            /** Format: uuid */
                            caseId?: string | null;
                            title: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: {
                                caseId: string | null;
                                caseReference: string | null;
                                hidden: boolean;
                                title: string;
                            }[];
                            cellId: string;
                            heldOn: string;
                            id: string;
                            minutes: string;
                            minutesBy: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a meeting's minutes */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minutes: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: {
                                caseId: string | null;
                                caseReference: string | null;
                                hidden: boolean;
                                title: string;
                            }[];
                            cellId: string;
                            heldOn: string;
                            id: string;
                            minutes: string;
                            minutesBy: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a member's role or organisation (the coordinator or an administrator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmVacancy?: boolean;
                        /** Format: uuid */
                        orgId: string;
                        reason?: string;
                        /** @enum {string} */
                        role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formerMembers: {
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                removedAt: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                fromOrgName: string | null;
                                fromRole: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "added" | "changed" | "removed";
                                memberId: string;
                                name: string;
                                reason: string;
                                toOrgName: string | null;
                                toRole: string | null;
                                vacancies: string[];
                            }[];
                            id: string;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                            };
                            members: {
                                core: boolean;
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            municipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            name: string;
                            orgId: string;
                            orgName: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/members/{id}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a member from the cell, with the reason (the coordinator or an administrator); 204 when the caller no longer sees the cell */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmVacancy?: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formerMembers: {
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                removedAt: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            history: {
                                at: string;
                                byName: string;
                                fromOrgName: string | null;
                                fromRole: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "added" | "changed" | "removed";
                                memberId: string;
                                name: string;
                                reason: string;
                                toOrgName: string | null;
                                toRole: string | null;
                                vacancies: string[];
                            }[];
                            id: string;
                            me: {
                                coordinator: boolean;
                                memberId: string | null;
                            };
                            members: {
                                core: boolean;
                                id: string;
                                name: string;
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "mayor" | "police_chief" | "prevention_official" | "police" | "social_services" | "youth_services" | "education" | "other";
                                userId: string;
                            }[];
                            municipalities: {
                                name: string;
                                nisCode: string;
                            }[];
                            name: string;
                            orgId: string;
                            orgName: string;
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Belgian municipalities by NIS code (for the forms) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            nisCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which municipalities take part in which programmes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            municipality: string;
                            nisCode: string;
                            programmeTypes: ("livc-r" | "deradicalisation" | "reintegration" | "city-pair" | "ivlp" | "strong-cities" | "young-cities" | "mother-schools" | "father-schools" | "speakers" | "community-policing" | "diversity-training")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct a programme partner */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact?: string;
                        /** @enum {string} */
                        kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a programme partner that led no session */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users with a prevention right, to make members (administrators and coordinators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            orgId: string;
                            orgName: string;
                            userId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deradicalisation and reintegration programmes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            endsOn: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            startsOn: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create a programme */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        endsOn?: string | null;
                        /** @enum {string} */
                        kind: "deradicalisation" | "reintegration";
                        name: string;
                        nisCode: string;
                        startsOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme with counts, and the enrolments whose case the caller reads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Correct a programme: name, kind, municipality, description, dates (the organisation that runs it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        endsOn: string | null;
                        /** @enum {string} */
                        kind: "deradicalisation" | "reintegration";
                        name: string;
                        nisCode: string;
                        startsOn: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/programmes/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol a case the caller takes part in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                        enrolledOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/programmes/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a community or religious partner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact?: string;
                        /** @enum {string} */
                        kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/programmes/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        heldOn: string;
                        /** Format: uuid */
                        partnerId?: string | null;
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/programmes/{id}/theory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme's theory of change (else its type's theory, flagged as a proposal) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: string[];
                            basedOnType: string | null;
                            canEdit: boolean;
                            indicatorIds: string[];
                            indicators: {
                                code: string | null;
                                id: string;
                                name: string | null;
                            }[];
                            outcomes: string[];
                            outputs: string[];
                            programmeId: string;
                            programmeType: string;
                            proposal: boolean;
                            rationale: string;
                            /** @enum {string} */
                            source: "programme" | "type" | "none";
                            updatedAt: string | null;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save a new version of a programme's theory of change (the organisation that runs it; version from the last read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activities: string[];
                        indicatorIds: string[];
                        outcomes: string[];
                        outputs: string[];
                        /** @default  */
                        rationale?: string;
                        /** @default false */
                        startedFromType?: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: string[];
                            basedOnType: string | null;
                            canEdit: boolean;
                            indicatorIds: string[];
                            indicators: {
                                code: string | null;
                                id: string;
                                name: string | null;
                            }[];
                            outcomes: string[];
                            outputs: string[];
                            programmeId: string;
                            programmeType: string;
                            proposal: boolean;
                            rationale: string;
                            /** @enum {string} */
                            source: "programme" | "type" | "none";
                            updatedAt: string | null;
                            updatedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/programmes/{id}/theory/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version of a programme's theory of change, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programmeId: string;
                            versions: {
                                activities: string[];
                                basedOnType: string | null;
                                indicatorIds: string[];
                                outcomes: string[];
                                outputs: string[];
                                rationale: string;
                                updatedAt: string;
                                updatedBy: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases due for retention review (the coordinator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number;
                            cellId: string;
                            cellName: string;
                            /** @enum {string} */
                            consent: "not_applicable" | "given" | "refused" | "withdrawn";
                            id: string;
                            municipality: string;
                            nisCode: string;
                            reference: string;
                            reviewDate: string;
                            /** @enum {string} */
                            stage: "identification" | "assessment" | "planning" | "delivery" | "monitoring" | "exit";
                            /** @enum {string} */
                            state: "restricted" | "overdue" | "soon";
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct a session: date, topic, the partner who led it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        heldOn: string;
                        /** Format: uuid */
                        partnerId?: string | null;
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record attendance at a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        enrolmentId: string;
                        present: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canWrite: boolean;
                            description: string;
                            endsOn: string | null;
                            enrolments: {
                                attended: number;
                                caseId: string;
                                enrolledOn: string;
                                id: string;
                                milestones: {
                                    description: string;
                                    /** @enum {string} */
                                    domain: "education" | "work" | "housing" | "family";
                                    id: string;
                                    reachedOn: string;
                                }[];
                                missed: number;
                                /** @enum {string|null} */
                                outcome: "completed" | "partly" | "dropped_out" | "transferred" | null;
                                outcomeNote: string;
                                reference: string;
                                status: string;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "deradicalisation" | "reintegration";
                            municipality: string;
                            name: string;
                            nisCode: string;
                            orgId: string;
                            orgName: string;
                            partners: {
                                contact: string;
                                id: string;
                                /** @enum {string} */
                                kind: "community" | "religious" | "education" | "employment" | "housing" | "health" | "family" | "other";
                                name: string;
                            }[];
                            sessions: {
                                absent: number;
                                heldOn: string;
                                id: string;
                                partnerId: string | null;
                                present: number;
                                topic: string;
                            }[];
                            startsOn: string | null;
                            totals: {
                                active: number;
                                completed: number;
                                enrolled: number;
                                left: number;
                                milestones: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/training/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training modules with the caller’s progress */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "nl" | "fr";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            progress: {
                                answered: number;
                                completed: boolean;
                                correct: number;
                                total: number;
                            };
                            scenarios: number;
                            slug: string;
                            summary: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Publish a module (every text in en, nl and fr) */
        post: {
            parameters: {
                query?: {
                    lang?: "en" | "nl" | "fr";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scenarios: {
                            id: string;
                            options: {
                                correct: boolean;
                                feedback: {
                                    en: string;
                                    fr: string;
                                    nl: string;
                                };
                                id: string;
                                text: {
                                    en: string;
                                    fr: string;
                                    nl: string;
                                };
                            }[];
                            question: {
                                en: string;
                                fr: string;
                                nl: string;
                            };
                            situation: {
                                en: string;
                                fr: string;
                                nl: string;
                            };
                        }[];
                        slug: string;
                        summary: {
                            en: string;
                            fr: string;
                            nl: string;
                        };
                        title: {
                            en: string;
                            fr: string;
                            nl: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            lang: "en" | "nl" | "fr";
                            progress: {
                                answered: number;
                                completed: boolean;
                                correct: number;
                                total: number;
                            };
                            scenarioList: {
                                answered: boolean;
                                id: string;
                                options: {
                                    id: string;
                                    text: string;
                                }[];
                                question: string;
                                situation: string;
                            }[];
                            scenarios: number;
                            slug: string;
                            summary: string;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/training/modules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A module’s scenarios (answers come with the feedback) */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "nl" | "fr";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            lang: "en" | "nl" | "fr";
                            progress: {
                                answered: number;
                                completed: boolean;
                                correct: number;
                                total: number;
                            };
                            scenarioList: {
                                answered: boolean;
                                id: string;
                                options: {
                                    id: string;
                                    text: string;
                                }[];
                                question: string;
                                situation: string;
                            }[];
                            scenarios: number;
                            slug: string;
                            summary: string;
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/training/modules/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a scenario; returns the feedback */
        post: {
            parameters: {
                query?: {
                    lang?: "en" | "nl" | "fr";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        optionId: string;
                        scenarioId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            correct: boolean;
                            feedback: string;
                            firstAnswer: boolean;
                            progress: {
                                answered: number;
                                completed: boolean;
                                correct: number;
                                total: number;
                            };
                            rightOptionId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prevention/training/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results of the teams the caller trains (aggregates; no score under five people) */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "nl" | "fr";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            members: number;
                            modules: {
                                completed: number;
                                members: number;
                                moduleId: string;
                                scorePercent: number | null;
                                title: string;
                                /** @enum {string|null} */
                                withheld: "team-under-5" | "none-completed" | null;
                            }[];
                            name: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search of reports */
        get: {
            parameters: {
                query?: {
                    classification?: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                    credibility?: "1" | "2" | "3" | "4";
                    dir?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
                    q?: string;
                    reliability?: "A" | "B" | "C" | "X";
                    sort?: "relevance" | "reportedOn" | "title" | "grade" | "classification" | "createdAt";
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                body: string;
                                createdAt: string;
                                grade: string;
                                id: string;
                                infoCredibility: string;
                                markings: {
                                    /** @enum {string} */
                                    classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                    /** @enum {string} */
                                    distribution: "organisation" | "organisations" | "group" | "all";
                                    groupIds: string[];
                                    /** @enum {string} */
                                    handlingCode: "H0" | "H1" | "H2" | "H3";
                                    hitNoHit: boolean;
                                    legalBasis: string;
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    purpose: string;
                                    reviewDate: string | null;
                                    sharedWith: string[];
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                };
                                rank: number;
                                reportedOn: string;
                                sourceOrganisation: {
                                    id: string;
                                    name: string;
                                };
                                sourceReliability: string;
                                subjectIds: string[];
                                title: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a report (Europol 4x4 grade, handling code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        infoCredibility: "1" | "2" | "3" | "4";
                        markings: {
                            /** @enum {string} */
                            classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            /** @enum {string} */
                            distribution: "organisation" | "organisations" | "group" | "all";
                            /** @default [] */
                            groupIds?: string[];
                            /**
                             * @default H0
                             * @enum {string}
                             */
                            handlingCode?: "H0" | "H1" | "H2" | "H3";
                            /** @default false */
                            hitNoHit?: boolean;
                            legalBasis: string;
                            purpose: string;
                            /** @default null */
                            reviewDate?: string | null;
                            /** @default [] */
                            sharedWith?: string[];
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        };
                        reportedOn: string;
                        /** @enum {string} */
                        sourceReliability: "A" | "B" | "C" | "X";
                        /** @default [] */
                        subjectIds?: string[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            createdAt: string;
                            grade: string;
                            id: string;
                            infoCredibility: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            reportedOn: string;
                            sourceOrganisation: {
                                id: string;
                                name: string;
                            };
                            sourceReliability: string;
                            subjectIds: string[];
                            title: string;
                        } | {
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            /** @enum {boolean} */
                            hit: true;
                            id?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report (404 when missing or refused; hit-no-hit where the policy grants it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            createdAt: string;
                            grade: string;
                            id: string;
                            infoCredibility: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            reportedOn: string;
                            sourceOrganisation: {
                                id: string;
                                name: string;
                            };
                            sourceReliability: string;
                            subjectIds: string[];
                            title: string;
                        } | {
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            /** @enum {boolean} */
                            hit: true;
                            id?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a report: set its next review date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nextReviewDate: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            reviewDate: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's records due for review */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                classification: string;
                                id: string;
                                label: string;
                                /** @enum {string} */
                                recordType: "subject" | "report";
                                restricted: boolean;
                                reviewDate: string;
                                reviewDue: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's batches, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "receiving" | "queued" | "running" | "done" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                date: string | null;
                                errors: number;
                                failure: string | null;
                                finishedAt: string | null;
                                flight: string;
                                /** @enum {string} */
                                format: "form" | "jsonl" | "csv" | "mrz" | "paxlst" | "pnrgov";
                                hits: number;
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "batch";
                                legalBasis: {
                                    citation: string;
                                    id: string;
                                } | null;
                                message: {
                                    arrival: string | null;
                                    departure: string | null;
                                    ref: string;
                                } | null;
                                /** @enum {string|null} */
                                outcome: "hit" | "no_hit" | "incomplete" | null;
                                port: string;
                                progress: {
                                    percent: number;
                                    processed: number;
                                    total: number;
                                };
                                screenedAgainst: {
                                    complete: boolean;
                                    entries: number;
                                    leftOut: number;
                                    lists: {
                                        entries: number | null;
                                        source: string;
                                        version: number;
                                    }[];
                                    nationalVersion: number | null;
                                    text: string;
                                } | null;
                                /** @enum {string} */
                                status: "receiving" | "queued" | "running" | "done" | "failed";
                                suppressed: number;
                                threshold: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a batch: JSON {format, content, flight, date, port} or the list itself (text/csv, application/x-ndjson, text/plain with ?format=; a PAXLST or PNRGOV message is recognised by its UNA/UNB start) with metadata in the query */
        post: {
            parameters: {
                query?: {
                    date?: string;
                    flight?: string;
                    format?: "jsonl" | "csv" | "mrz" | "paxlst" | "pnrgov";
                    legalBasisId?: string;
                    port?: string;
                    threshold?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            date: string | null;
                            errors: number;
                            failure: string | null;
                            finishedAt: string | null;
                            flight: string;
                            /** @enum {string} */
                            format: "form" | "jsonl" | "csv" | "mrz" | "paxlst" | "pnrgov";
                            hits: number;
                            id: string;
                            /** @enum {string} */
                            kind: "single" | "batch";
                            legalBasis: {
                                citation: string;
                                id: string;
                            } | null;
                            message: {
                                arrival: string | null;
                                departure: string | null;
                                ref: string;
                            } | null;
                            /** @enum {string|null} */
                            outcome: "hit" | "no_hit" | "incomplete" | null;
                            port: string;
                            progress: {
                                percent: number;
                                processed: number;
                                total: number;
                            };
                            screenedAgainst: {
                                complete: boolean;
                                entries: number;
                                leftOut: number;
                                lists: {
                                    entries: number | null;
                                    source: string;
                                    version: number;
                                }[];
                                nationalVersion: number | null;
                                text: string;
                            } | null;
                            /** @enum {string} */
                            status: "receiving" | "queued" | "running" | "done" | "failed";
                            suppressed: number;
                            threshold: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                issues?: {
                                    element?: number;
                                    line: number;
                                    message: string;
                                    segment: number;
                                    tag: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch and its progress (processed/total) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            date: string | null;
                            errors: number;
                            failure: string | null;
                            finishedAt: string | null;
                            flight: string;
                            /** @enum {string} */
                            format: "form" | "jsonl" | "csv" | "mrz" | "paxlst" | "pnrgov";
                            hits: number;
                            id: string;
                            /** @enum {string} */
                            kind: "single" | "batch";
                            legalBasis: {
                                citation: string;
                                id: string;
                            } | null;
                            message: {
                                arrival: string | null;
                                departure: string | null;
                                ref: string;
                            } | null;
                            openHits: number;
                            /** @enum {string|null} */
                            outcome: "hit" | "no_hit" | "incomplete" | null;
                            port: string;
                            progress: {
                                percent: number;
                                processed: number;
                                total: number;
                            };
                            screenedAgainst: {
                                complete: boolean;
                                entries: number;
                                leftOut: number;
                                lists: {
                                    entries: number | null;
                                    source: string;
                                    version: number;
                                }[];
                                nationalVersion: number | null;
                                text: string;
                            } | null;
                            /** @enum {string} */
                            status: "receiving" | "queued" | "running" | "done" | "failed";
                            suppressed: number;
                            threshold: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/batches/{id}/hits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review queue of a batch, best score first or sorted (sort=score|status|source|seq, dir), paged, with the total the viewer may see */
        get: {
            parameters: {
                query?: {
                    dir?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
                    sort?: "score" | "status" | "source" | "seq";
                    status?: "open" | "decided" | "suppressed" | "all";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                date: string | null;
                                flight: string;
                                id: string;
                                port: string;
                                status: string;
                            };
                            items: ({
                                batchId: string;
                                decision: {
                                    at: string;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                delisted: boolean;
                                entry: unknown;
                                entryId: string;
                                explanation: {
                                    birthDate: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    document: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    gender: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    name: {
                                        matchedName: string;
                                        score: number;
                                        tokens: {
                                            entry: string;
                                            how: string;
                                            query: string;
                                            similarity: number;
                                        }[];
                                        unmatchedEntry: string[];
                                        unmatchedQuery: string[];
                                        weakAlias?: boolean;
                                    };
                                    nationality: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    summary: string;
                                } | null;
                                id: string;
                                listedAfterTravel?: boolean;
                                referralId: string | null;
                                reportId: string | null;
                                rescreenId?: string | null;
                                score: number;
                                seq: number;
                                source: string;
                                /** @enum {string} */
                                status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                                subjectId?: string;
                                suppressionId: string | null;
                                traveller?: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                view: "full";
                            } | {
                                /** @enum {string} */
                                action: "discreet_check" | "stop" | "inform";
                                batchId: string;
                                contact: {
                                    organisation: string;
                                    organisationId: string;
                                };
                                decision: {
                                    at: string;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                id: string;
                                /** @enum {boolean} */
                                listed: true;
                                listedAfterTravel?: boolean;
                                message: string;
                                referralId: string | null;
                                reportId: string | null;
                                rescreenId?: string | null;
                                score: number;
                                seq: number;
                                /** @enum {string} */
                                source: "national";
                                /** @enum {string} */
                                status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                                suppressionId: string | null;
                                traveller?: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                view: "hit";
                            } | {
                                batchId: string;
                                decision: {
                                    at: string;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                id: string;
                                listedAfterTravel?: boolean;
                                message: string;
                                referralId: string | null;
                                reportId: string | null;
                                rescreenId?: string | null;
                                score: number;
                                seq: number;
                                /** @enum {string} */
                                source: "national";
                                /** @enum {string} */
                                status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                                suppressionId: string | null;
                                traveller?: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                view: "withdrawn";
                            })[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/batches/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Result lines of a batch (errors with line and reason) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "pending" | "screened" | "error" | "hit";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                error: string | null;
                                hits: number;
                                id: string | null;
                                line: number;
                                maxScore: number | null;
                                seq: number;
                                /** @enum {string} */
                                status: "pending" | "screened" | "error";
                                traveller: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/batches/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a batch from a passenger message: UN/EDIFACT PAXLST (API) or PNRGOV (PNR), sent as it is (application/edifact, text/plain) or as JSON {content}; flight, date and port from the message unless given; 400 names the segment and line of a message that cannot be read (nothing is imported) */
        post: {
            parameters: {
                query?: {
                    date?: string;
                    flight?: string;
                    format?: "paxlst" | "pnrgov";
                    legalBasisId?: string;
                    port?: string;
                    threshold?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            date: string | null;
                            errors: number;
                            failure: string | null;
                            finishedAt: string | null;
                            flight: string;
                            /** @enum {string} */
                            format: "form" | "jsonl" | "csv" | "mrz" | "paxlst" | "pnrgov";
                            hits: number;
                            id: string;
                            /** @enum {string} */
                            kind: "single" | "batch";
                            legalBasis: {
                                citation: string;
                                id: string;
                            } | null;
                            message: {
                                arrival: string | null;
                                departure: string | null;
                                ref: string;
                            } | null;
                            /** @enum {string|null} */
                            outcome: "hit" | "no_hit" | "incomplete" | null;
                            port: string;
                            progress: {
                                percent: number;
                                processed: number;
                                total: number;
                            };
                            screenedAgainst: {
                                complete: boolean;
                                entries: number;
                                leftOut: number;
                                lists: {
                                    entries: number | null;
                                    source: string;
                                    version: number;
                                }[];
                                nationalVersion: number | null;
                                text: string;
                            } | null;
                            /** @enum {string} */
                            status: "receiving" | "queued" | "running" | "done" | "failed";
                            suppressed: number;
                            threshold: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                issues?: {
                                    element?: number;
                                    line: number;
                                    message: string;
                                    segment: number;
                                    tag: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries of the active lists (by list, id or name); ?id= adds its history */
        get: {
            parameters: {
                query?: {
                    id?: string;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delisted?: boolean;
                            history?: {
                                at: string;
                                change: string;
                                reason: string | null;
                                version: number;
                            }[];
                            items: {
                                entry: unknown;
                                entryId: string;
                                source: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/fetches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fetchable lists (addresses, schedule, last outcome) and the latest fetches */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    source?: "un" | "ofac";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                added: number | null;
                                bytes: number | null;
                                changed: number | null;
                                createdAt: string;
                                createdBy: string | null;
                                entryCount: number | null;
                                error: string | null;
                                id: string;
                                /** @enum {string} */
                                mode: "preview" | "apply" | "check";
                                previewId: string | null;
                                removed: number | null;
                                source: string;
                                /** @enum {string} */
                                status: "previewed" | "applied" | "unchanged" | "checked" | "failed";
                                /** @enum {string} */
                                trigger: "manual" | "schedule" | "cli";
                                url: string;
                                versionId: string | null;
                            }[];
                            rescreenDays: number;
                            sources: {
                                altUrl: string | null;
                                failing: boolean;
                                lastAt: string | null;
                                lastError: string | null;
                                lastStatus: string | null;
                                lastSuccessAt: string | null;
                                scheduleHours: number;
                                /** @enum {string} */
                                scheduleMode: "preview" | "apply";
                                source: string;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/fetches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fetch with its diff (added, removed, changed with the changed fields) */
        get: {
            parameters: {
                query?: {
                    change?: "added" | "removed" | "changed";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number | null;
                            bytes: number | null;
                            changed: number | null;
                            changes: {
                                /** @enum {string} */
                                change: "added" | "removed" | "changed";
                                entryId: string;
                                fields: string[];
                                name: string;
                            }[];
                            createdAt: string;
                            createdBy: string | null;
                            entryCount: number | null;
                            error: string | null;
                            id: string;
                            /** @enum {string} */
                            mode: "preview" | "apply" | "check";
                            previewId: string | null;
                            removed: number | null;
                            rescreenId: string | null;
                            source: string;
                            /** @enum {string} */
                            status: "previewed" | "applied" | "unchanged" | "checked" | "failed";
                            total: number;
                            /** @enum {string} */
                            trigger: "manual" | "schedule" | "cli";
                            url: string;
                            versionId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/hits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hit beside its listed entry, with the explanation and decisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            batchId: string;
                            decision: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            delisted: boolean;
                            entry: unknown;
                            entryId: string;
                            explanation: {
                                birthDate: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                document: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                gender: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                name: {
                                    matchedName: string;
                                    score: number;
                                    tokens: {
                                        entry: string;
                                        how: string;
                                        query: string;
                                        similarity: number;
                                    }[];
                                    unmatchedEntry: string[];
                                    unmatchedQuery: string[];
                                    weakAlias?: boolean;
                                };
                                nationality: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                summary: string;
                            } | null;
                            id: string;
                            listedAfterTravel?: boolean;
                            referralId: string | null;
                            reportId: string | null;
                            rescreenId?: string | null;
                            score: number;
                            seq: number;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                            subjectId?: string;
                            suppressionId: string | null;
                            traveller?: ({
                                birthDate?: string;
                                documentNumber?: string;
                                gender?: string;
                                id?: string;
                                name: string;
                                nationality?: string;
                                quality?: {
                                    /** @enum {string} */
                                    field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                    given: string;
                                    issue: string;
                                    /** @enum {string} */
                                    outcome: "read" | "unknown";
                                    read?: string;
                                }[];
                                warnings?: string[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            view: "full";
                        } | {
                            /** @enum {string} */
                            action: "discreet_check" | "stop" | "inform";
                            batchId: string;
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            decision: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            id: string;
                            /** @enum {boolean} */
                            listed: true;
                            listedAfterTravel?: boolean;
                            message: string;
                            referralId: string | null;
                            reportId: string | null;
                            rescreenId?: string | null;
                            score: number;
                            seq: number;
                            /** @enum {string} */
                            source: "national";
                            /** @enum {string} */
                            status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                            suppressionId: string | null;
                            traveller?: ({
                                birthDate?: string;
                                documentNumber?: string;
                                gender?: string;
                                id?: string;
                                name: string;
                                nationality?: string;
                                quality?: {
                                    /** @enum {string} */
                                    field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                    given: string;
                                    issue: string;
                                    /** @enum {string} */
                                    outcome: "read" | "unknown";
                                    read?: string;
                                }[];
                                warnings?: string[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            view: "hit";
                        } | {
                            batchId: string;
                            decision: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            id: string;
                            listedAfterTravel?: boolean;
                            message: string;
                            referralId: string | null;
                            reportId: string | null;
                            rescreenId?: string | null;
                            score: number;
                            seq: number;
                            /** @enum {string} */
                            source: "national";
                            /** @enum {string} */
                            status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                            suppressionId: string | null;
                            traveller?: ({
                                birthDate?: string;
                                documentNumber?: string;
                                gender?: string;
                                id?: string;
                                name: string;
                                nationality?: string;
                                quality?: {
                                    /** @enum {string} */
                                    field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                    given: string;
                                    issue: string;
                                    /** @enum {string} */
                                    outcome: "read" | "unknown";
                                    read?: string;
                                }[];
                                warnings?: string[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            view: "withdrawn";
                        }) & {
                            history: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                decision: "true_match" | "false_positive" | "escalate";
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/hits/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a hit: true_match, false_positive (reason; suppressed next time) or escalate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "true_match" | "false_positive" | "escalate";
                        /**
                         * @default 3
                         * @enum {string}
                         */
                        infoCredibility?: "1" | "2" | "3" | "4";
                        /** @default  */
                        reason?: string;
                        /**
                         * @default B
                         * @enum {string}
                         */
                        sourceReliability?: "A" | "B" | "C" | "X";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            batchId: string;
                            decision: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            delisted: boolean;
                            entry: unknown;
                            entryId: string;
                            explanation: {
                                birthDate: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                document: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                gender: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                name: {
                                    matchedName: string;
                                    score: number;
                                    tokens: {
                                        entry: string;
                                        how: string;
                                        query: string;
                                        similarity: number;
                                    }[];
                                    unmatchedEntry: string[];
                                    unmatchedQuery: string[];
                                    weakAlias?: boolean;
                                };
                                nationality: {
                                    effect: number;
                                    entry?: string;
                                    query?: string;
                                    result: string;
                                };
                                summary: string;
                            } | null;
                            id: string;
                            listedAfterTravel?: boolean;
                            referralId: string | null;
                            reportId: string | null;
                            rescreenId?: string | null;
                            score: number;
                            seq: number;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                            subjectId?: string;
                            suppressionId: string | null;
                            traveller?: ({
                                birthDate?: string;
                                documentNumber?: string;
                                gender?: string;
                                id?: string;
                                name: string;
                                nationality?: string;
                                quality?: {
                                    /** @enum {string} */
                                    field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                    given: string;
                                    issue: string;
                                    /** @enum {string} */
                                    outcome: "read" | "unknown";
                                    read?: string;
                                }[];
                                warnings?: string[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            view: "full";
                        } | {
                            /** @enum {string} */
                            action: "discreet_check" | "stop" | "inform";
                            batchId: string;
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            decision: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            id: string;
                            /** @enum {boolean} */
                            listed: true;
                            listedAfterTravel?: boolean;
                            message: string;
                            referralId: string | null;
                            reportId: string | null;
                            rescreenId?: string | null;
                            score: number;
                            seq: number;
                            /** @enum {string} */
                            source: "national";
                            /** @enum {string} */
                            status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                            suppressionId: string | null;
                            traveller?: ({
                                birthDate?: string;
                                documentNumber?: string;
                                gender?: string;
                                id?: string;
                                name: string;
                                nationality?: string;
                                quality?: {
                                    /** @enum {string} */
                                    field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                    given: string;
                                    issue: string;
                                    /** @enum {string} */
                                    outcome: "read" | "unknown";
                                    read?: string;
                                }[];
                                warnings?: string[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            view: "hit";
                        } | {
                            batchId: string;
                            decision: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            id: string;
                            listedAfterTravel?: boolean;
                            message: string;
                            referralId: string | null;
                            reportId: string | null;
                            rescreenId?: string | null;
                            score: number;
                            seq: number;
                            /** @enum {string} */
                            source: "national";
                            /** @enum {string} */
                            status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                            suppressionId: string | null;
                            traveller?: ({
                                birthDate?: string;
                                documentNumber?: string;
                                gender?: string;
                                id?: string;
                                name: string;
                                nationality?: string;
                                quality?: {
                                    /** @enum {string} */
                                    field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                    given: string;
                                    issue: string;
                                    /** @enum {string} */
                                    outcome: "read" | "unknown";
                                    read?: string;
                                }[];
                                warnings?: string[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            view: "withdrawn";
                        }) & {
                            history: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                decision: "true_match" | "false_positive" | "escalate";
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Watch lists with their active version and the index size */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            index: {
                                entries: {
                                    [key: string]: number;
                                };
                                loadedAt: string | null;
                            };
                            items: {
                                activeVersion: {
                                    active: boolean;
                                    added: number | null;
                                    changed: number | null;
                                    createdAt: string;
                                    createdBy: string | null;
                                    entryCount: number | null;
                                    id: string;
                                    note: string;
                                    number: number;
                                    origin: string;
                                    removed: number | null;
                                    skipped: {
                                        line: number;
                                        message: string;
                                    }[];
                                    source: string;
                                } | null;
                                kind: string;
                                source: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/lists/{source}/delist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delist entries of a custom list (a new version without them) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    source: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entryIds: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            added: number | null;
                            changed: number | null;
                            createdAt: string;
                            createdBy: string | null;
                            entryCount: number | null;
                            id: string;
                            note: string;
                            number: number;
                            origin: string;
                            removed: number | null;
                            skipped: {
                                line: number;
                                message: string;
                            }[];
                            source: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/lists/{source}/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch un or ofac from its configured address (or body.url, which must pass the outbound allow-list): preview (the diff, applied by the preview confirm call), apply (a new version at once; past travellers re-screened) or check; 503 with the reason when the download or parse fails */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    source: "un" | "ofac";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        altUrl?: string;
                        /**
                         * @default preview
                         * @enum {string}
                         */
                        mode?: "preview" | "apply" | "check";
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number | null;
                            bytes: number | null;
                            changed: number | null;
                            changes: {
                                /** @enum {string} */
                                change: "added" | "removed" | "changed";
                                entryId: string;
                                fields: string[];
                                name: string;
                            }[];
                            createdAt: string;
                            createdBy: string | null;
                            entryCount: number | null;
                            error: string | null;
                            id: string;
                            /** @enum {string} */
                            mode: "preview" | "apply" | "check";
                            previewId: string | null;
                            removed: number | null;
                            rescreenId: string | null;
                            source: string;
                            /** @enum {string} */
                            status: "previewed" | "applied" | "unchanged" | "checked" | "failed";
                            total: number;
                            /** @enum {string} */
                            trigger: "manual" | "schedule" | "cli";
                            url: string;
                            versionId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/lists/{source}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a list: a custom list (CSV, JSON Lines) as a new version at once (201); un (XML) or ofac ({"sdn","alt"} or sdn CSV), global lists, only by the list administrator and first as a preview of the diff (202) applied by its confirm call */
        post: {
            parameters: {
                query?: {
                    format?: "xml" | "csv" | "jsonl";
                    includeEntities?: "true" | "false";
                    note?: string;
                    skipInvalid?: "true" | "false";
                };
                header?: never;
                path: {
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            added: number | null;
                            changed: number | null;
                            createdAt: string;
                            createdBy: string | null;
                            duplicates: number;
                            entryCount: number | null;
                            id: string;
                            note: string;
                            number: number;
                            origin: string;
                            previewId?: string;
                            removed: number | null;
                            skipped: {
                                line: number;
                                message: string;
                            }[];
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            appliedVersionId: string | null;
                            base: {
                                number: number;
                                versionId: string;
                            } | null;
                            changed: number;
                            changes: {
                                /** @enum {string} */
                                change: "added" | "removed" | "changed";
                                entryId: string;
                                fields: string[];
                                name: string;
                            }[];
                            createdAt: string;
                            createdBy: string;
                            duplicates: number;
                            entryCount: number;
                            expiresAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "preview";
                            note: string;
                            removed: number;
                            skipped: {
                                line: number;
                                message: string;
                            }[];
                            source: string;
                            /** @enum {string} */
                            status: "pending" | "applied" | "discarded";
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                field?: string;
                                issues?: {
                                    line: number;
                                    message: string;
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/lists/{source}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A list's versions, newest first, with counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    source: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                added: number | null;
                                changed: number | null;
                                createdAt: string;
                                createdBy: string | null;
                                entryCount: number | null;
                                id: string;
                                note: string;
                                number: number;
                                origin: string;
                                removed: number | null;
                                skipped: {
                                    line: number;
                                    message: string;
                                }[];
                                source: string;
                            }[];
                            source: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/lists/national/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild the national list from intelligence subjects now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            version: {
                                active: boolean;
                                added: number | null;
                                changed: number | null;
                                createdAt: string;
                                createdBy: string | null;
                                entryCount: number | null;
                                id: string;
                                note: string;
                                number: number;
                                origin: string;
                                removed: number | null;
                                skipped: {
                                    line: number;
                                    message: string;
                                }[];
                                source: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/national/{subjectId}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The screening action of a national subject (its owner only): what a screener who may not read it is asked to do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    subjectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            action: "discreet_check" | "stop" | "inform";
                            subjectId: string;
                        };
                    };
                };
            };
        };
        /** Set the screening action of a national subject: discreet_check, stop or inform (default); owner only */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    subjectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "discreet_check" | "stop" | "inform";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            action: "discreet_check" | "stop" | "inform";
                            subjectId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/previews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pending import of a global list: counts and the diff (changed fields per entry) */
        get: {
            parameters: {
                query?: {
                    change?: "added" | "removed" | "changed";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            appliedVersionId: string | null;
                            base: {
                                number: number;
                                versionId: string;
                            } | null;
                            changed: number;
                            changes: {
                                /** @enum {string} */
                                change: "added" | "removed" | "changed";
                                entryId: string;
                                fields: string[];
                                name: string;
                            }[];
                            createdAt: string;
                            createdBy: string;
                            duplicates: number;
                            entryCount: number;
                            expiresAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "preview";
                            note: string;
                            removed: number;
                            skipped: {
                                line: number;
                                message: string;
                            }[];
                            source: string;
                            /** @enum {string} */
                            status: "pending" | "applied" | "discarded";
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/previews/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a previewed import of a global list (list administrator); 409 when the list changed since */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            added: number | null;
                            changed: number | null;
                            createdAt: string;
                            createdBy: string | null;
                            duplicates: number;
                            entryCount: number | null;
                            id: string;
                            note: string;
                            number: number;
                            origin: string;
                            previewId?: string;
                            removed: number | null;
                            skipped: {
                                line: number;
                                message: string;
                            }[];
                            source: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/previews/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a previewed import (nothing is applied) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "discarded";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escalated official-list hits referred to the intelligence services */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: string;
                                entryId: string;
                                explanation: {
                                    birthDate: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    document: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    gender: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    name: {
                                        matchedName: string;
                                        score: number;
                                        tokens: {
                                            entry: string;
                                            how: string;
                                            query: string;
                                            similarity: number;
                                        }[];
                                        unmatchedEntry: string[];
                                        unmatchedQuery: string[];
                                        weakAlias?: boolean;
                                    };
                                    nationality: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    summary: string;
                                } | null;
                                from: {
                                    organisation: string;
                                    organisationId: string;
                                };
                                hitId: string;
                                id: string;
                                note: string;
                                score: number;
                                source: string;
                                travel: {
                                    date: string | null;
                                    flight: string;
                                    port: string;
                                };
                                traveller: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/rescreens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Re-screenings of past travellers after list changes, newest first, with progress */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                entries: number;
                                failure: string | null;
                                finishedAt: string | null;
                                hits: number;
                                id: string;
                                progress: {
                                    percent: number;
                                    processed: number;
                                    total: number;
                                };
                                since: string;
                                source: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                versionId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/rescreens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A re-screening and its progress (processed/total, hits found) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            entries: number;
                            failure: string | null;
                            finishedAt: string | null;
                            hits: number;
                            id: string;
                            progress: {
                                percent: number;
                                processed: number;
                                total: number;
                            };
                            since: string;
                            source: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            versionId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen one traveller now (stored as a batch of one; hits go to review) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string;
                        date?: string;
                        documentNumber?: string;
                        familyName?: string;
                        /** @default  */
                        flight?: string;
                        gender?: string;
                        givenName?: string;
                        id?: string;
                        /** Format: uuid */
                        legalBasisId?: string;
                        name?: string;
                        nationality?: string;
                        /** @default  */
                        port?: string;
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                createdAt: string;
                                date: string | null;
                                errors: number;
                                failure: string | null;
                                finishedAt: string | null;
                                flight: string;
                                /** @enum {string} */
                                format: "form" | "jsonl" | "csv" | "mrz" | "paxlst" | "pnrgov";
                                hits: number;
                                id: string;
                                /** @enum {string} */
                                kind: "single" | "batch";
                                legalBasis: {
                                    citation: string;
                                    id: string;
                                } | null;
                                message: {
                                    arrival: string | null;
                                    departure: string | null;
                                    ref: string;
                                } | null;
                                /** @enum {string|null} */
                                outcome: "hit" | "no_hit" | "incomplete" | null;
                                port: string;
                                progress: {
                                    percent: number;
                                    processed: number;
                                    total: number;
                                };
                                screenedAgainst: {
                                    complete: boolean;
                                    entries: number;
                                    leftOut: number;
                                    lists: {
                                        entries: number | null;
                                        source: string;
                                        version: number;
                                    }[];
                                    nationalVersion: number | null;
                                    text: string;
                                } | null;
                                /** @enum {string} */
                                status: "receiving" | "queued" | "running" | "done" | "failed";
                                suppressed: number;
                                threshold: number;
                            };
                            hits: ({
                                batchId: string;
                                decision: {
                                    at: string;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                delisted: boolean;
                                entry: unknown;
                                entryId: string;
                                explanation: {
                                    birthDate: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    document: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    gender: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    name: {
                                        matchedName: string;
                                        score: number;
                                        tokens: {
                                            entry: string;
                                            how: string;
                                            query: string;
                                            similarity: number;
                                        }[];
                                        unmatchedEntry: string[];
                                        unmatchedQuery: string[];
                                        weakAlias?: boolean;
                                    };
                                    nationality: {
                                        effect: number;
                                        entry?: string;
                                        query?: string;
                                        result: string;
                                    };
                                    summary: string;
                                } | null;
                                id: string;
                                listedAfterTravel?: boolean;
                                referralId: string | null;
                                reportId: string | null;
                                rescreenId?: string | null;
                                score: number;
                                seq: number;
                                source: string;
                                /** @enum {string} */
                                status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                                subjectId?: string;
                                suppressionId: string | null;
                                traveller?: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                view: "full";
                            } | {
                                /** @enum {string} */
                                action: "discreet_check" | "stop" | "inform";
                                batchId: string;
                                contact: {
                                    organisation: string;
                                    organisationId: string;
                                };
                                decision: {
                                    at: string;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                id: string;
                                /** @enum {boolean} */
                                listed: true;
                                listedAfterTravel?: boolean;
                                message: string;
                                referralId: string | null;
                                reportId: string | null;
                                rescreenId?: string | null;
                                score: number;
                                seq: number;
                                /** @enum {string} */
                                source: "national";
                                /** @enum {string} */
                                status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                                suppressionId: string | null;
                                traveller?: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                view: "hit";
                            } | {
                                batchId: string;
                                decision: {
                                    at: string;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                id: string;
                                listedAfterTravel?: boolean;
                                message: string;
                                referralId: string | null;
                                reportId: string | null;
                                rescreenId?: string | null;
                                score: number;
                                seq: number;
                                /** @enum {string} */
                                source: "national";
                                /** @enum {string} */
                                status: "open" | "true_match" | "false_positive" | "escalated" | "suppressed";
                                suppressionId: string | null;
                                traveller?: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                view: "withdrawn";
                            })[];
                            /** @enum {string} */
                            outcome: "hit" | "no_hit" | "incomplete";
                            screenedAgainst: {
                                complete: boolean;
                                entries: number;
                                leftOut: number;
                                lists: {
                                    entries: number | null;
                                    source: string;
                                    version: number;
                                }[];
                                nationalVersion: number | null;
                                text: string;
                            };
                            traveller: {
                                birthDate?: string;
                                documentNumber?: string;
                                gender?: string;
                                id?: string;
                                name: string;
                                nationality?: string;
                                quality?: {
                                    /** @enum {string} */
                                    field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                    given: string;
                                    issue: string;
                                    /** @enum {string} */
                                    outcome: "read" | "unknown";
                                    read?: string;
                                }[];
                                warnings?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's remembered false positives */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: string;
                                entryId: string | null;
                                hitId: string;
                                id: string;
                                listed?: string;
                                reason: string;
                                revoked: {
                                    at: string;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                traveller: ({
                                    birthDate?: string;
                                    documentNumber?: string;
                                    gender?: string;
                                    id?: string;
                                    name: string;
                                    nationality?: string;
                                    quality?: {
                                        /** @enum {string} */
                                        field: "name" | "birthDate" | "nationality" | "documentNumber" | "gender";
                                        given: string;
                                        issue: string;
                                        /** @enum {string} */
                                        outcome: "read" | "unknown";
                                        read?: string;
                                    }[];
                                    warnings?: string[];
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/suppressions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a suppression (the pair alerts again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            revoked: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version and its diff (added, removed = delisted, changed) */
        get: {
            parameters: {
                query?: {
                    change?: "added" | "removed" | "changed";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                /** @enum {string} */
                                change: "added" | "removed" | "changed";
                                entryId: string;
                                name: string | null;
                                reason: string | null;
                            }[];
                            hidden: number;
                            total: number;
                            version: {
                                active: boolean;
                                added: number | null;
                                changed: number | null;
                                createdAt: string;
                                createdBy: string | null;
                                entryCount: number | null;
                                id: string;
                                note: string;
                                number: number;
                                origin: string;
                                removed: number | null;
                                skipped: {
                                    line: number;
                                    message: string;
                                }[];
                                source: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Long-poll: answers when objects you may receive were added after `after` */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    wait?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            last: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/misp/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export records as a MISP event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            Event: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/misp/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a MISP event (wrapped or bare) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ids: string[];
                            received: number;
                            refused?: {
                                id: string;
                                message: string;
                            }[];
                            stored: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Objects held (own records as STIX, received, imported) you may read */
        get: {
            parameters: {
                query?: {
                    dir?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
                    origin?: "local" | "partner" | "import";
                    partnerId?: string;
                    sort?: "dateAdded" | "type" | "origin" | "name" | "classification";
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                dateAdded: string;
                                ends: {
                                    source: {
                                        id: string | null;
                                        label: string | null;
                                        restricted: boolean;
                                        type: string | null;
                                    };
                                    target: {
                                        id: string | null;
                                        label: string | null;
                                        restricted: boolean;
                                        type: string | null;
                                    };
                                } | null;
                                id: string;
                                markings: {
                                    /** @enum {string} */
                                    classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                    /** @enum {string} */
                                    distribution: "organisation" | "organisations" | "group" | "all";
                                    groupIds: string[];
                                    /** @enum {string} */
                                    handlingCode: "H0" | "H1" | "H2" | "H3";
                                    hitNoHit: boolean;
                                    legalBasis: string;
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    purpose: string;
                                    reviewDate: string | null;
                                    sharedWith: string[];
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                };
                                object: {
                                    id: string;
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                origin: string;
                                provenance: {
                                    instance: string | null;
                                    organisation: string | null;
                                    organisationId: string | null;
                                    partnerId: string | null;
                                } | null;
                                readOnly: boolean;
                                recordType: string | null;
                                revoked: boolean;
                                scope: string;
                                stixId: string;
                                type: string;
                                version: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One object by record id, with provenance and versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dateAdded: string;
                            ends: {
                                source: {
                                    id: string | null;
                                    label: string | null;
                                    restricted: boolean;
                                    type: string | null;
                                };
                                target: {
                                    id: string | null;
                                    label: string | null;
                                    restricted: boolean;
                                    type: string | null;
                                };
                            } | null;
                            id: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            object: {
                                id: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            origin: string;
                            provenance: {
                                instance: string | null;
                                organisation: string | null;
                                organisationId: string | null;
                                partnerId: string | null;
                            } | null;
                            readOnly: boolean;
                            recordType: string | null;
                            revoked: boolean;
                            scope: string;
                            stixId: string;
                            type: string;
                            version: string;
                            versions: {
                                dateAdded: string;
                                revoked: boolean;
                                version: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner instances and their status (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            partners: {
                                apiRoot: string;
                                collections: string[];
                                createdAt: string;
                                enabled: boolean;
                                id: string;
                                name: string;
                                receivingOrgId: string;
                                status: {
                                    consecutiveFailures: number;
                                    cursors: {
                                        addedAfter: string | null;
                                        collection: string;
                                    }[];
                                    lastAttemptAt: string | null;
                                    lastError: string | null;
                                    lastErrorAt: string | null;
                                    lastSuccessAt: string | null;
                                    objectsReceived: number;
                                    objectsRejected: number;
                                    /** @enum {string} */
                                    state: "disabled" | "failing" | "ok" | "pending";
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a partner instance to pull from */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        apiRoot: string;
                        /** @default [] */
                        collections?: string[];
                        name: string;
                        /** Format: uuid */
                        receivingOrgId?: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiRoot: string;
                            collections: string[];
                            createdAt: string;
                            enabled: boolean;
                            id: string;
                            name: string;
                            receivingOrgId: string;
                            status: {
                                consecutiveFailures: number;
                                cursors: {
                                    addedAfter: string | null;
                                    collection: string;
                                }[];
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSuccessAt: string | null;
                                objectsReceived: number;
                                objectsRejected: number;
                                /** @enum {string} */
                                state: "disabled" | "failing" | "ok" | "pending";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's status page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiRoot: string;
                            collections: string[];
                            createdAt: string;
                            enabled: boolean;
                            id: string;
                            name: string;
                            receivingOrgId: string;
                            status: {
                                consecutiveFailures: number;
                                cursors: {
                                    addedAfter: string | null;
                                    collection: string;
                                }[];
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSuccessAt: string | null;
                                objectsReceived: number;
                                objectsRejected: number;
                                /** @enum {string} */
                                state: "disabled" | "failing" | "ok" | "pending";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a partner (its flow stops at once) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a partner (token, collections, enabled) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        apiRoot?: string;
                        /** @default [] */
                        collections?: string[];
                        enabled?: boolean;
                        /** Format: uuid */
                        receivingOrgId?: string;
                        token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiRoot: string;
                            collections: string[];
                            createdAt: string;
                            enabled: boolean;
                            id: string;
                            name: string;
                            receivingOrgId: string;
                            status: {
                                consecutiveFailures: number;
                                cursors: {
                                    addedAfter: string | null;
                                    collection: string;
                                }[];
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSuccessAt: string | null;
                                objectsReceived: number;
                                objectsRejected: number;
                                /** @enum {string} */
                                state: "disabled" | "failing" | "ok" | "pending";
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sharing/partners/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull from a partner now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            partner: {
                                apiRoot: string;
                                collections: string[];
                                createdAt: string;
                                enabled: boolean;
                                id: string;
                                name: string;
                                receivingOrgId: string;
                                status: {
                                    consecutiveFailures: number;
                                    cursors: {
                                        addedAfter: string | null;
                                        collection: string;
                                    }[];
                                    lastAttemptAt: string | null;
                                    lastError: string | null;
                                    lastErrorAt: string | null;
                                    lastSuccessAt: string | null;
                                    objectsReceived: number;
                                    objectsRejected: number;
                                    /** @enum {string} */
                                    state: "disabled" | "failing" | "ok" | "pending";
                                };
                            };
                            stored: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who will see a record with these markings, and how */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        markings: {
                            /** @enum {string} */
                            classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            /** @enum {string} */
                            distribution: "organisation" | "organisations" | "group" | "all";
                            /** @default [] */
                            groupIds?: string[];
                            /**
                             * @default H0
                             * @enum {string}
                             */
                            handlingCode?: "H0" | "H1" | "H2" | "H3";
                            /** @default false */
                            hitNoHit?: boolean;
                            legalBasis: string;
                            purpose: string;
                            /** @default null */
                            reviewDate?: string | null;
                            /** @default [] */
                            sharedWith?: string[];
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        };
                        /**
                         * @default intel
                         * @enum {string}
                         */
                        module?: "intel" | "threat" | "screening" | "content" | "sharing" | "legal" | "prevention" | "crisis" | "cyber" | "insight" | "admin" | "audit";
                        /** Format: uuid */
                        ownerOrgId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classification: string;
                            note: string;
                            organisations: {
                                /** @enum {string} */
                                access: "full" | "hit" | "none";
                                federation?: {
                                    sentAs: string;
                                    thereAs: string;
                                } | null;
                                kind: string;
                                organisation: string;
                                organisationId: string;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/stix/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export records as a STIX 2.1 bundle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sharing/stix/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a STIX 2.1 bundle (all or nothing; errors name a JSON pointer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ids: string[];
                            received: number;
                            refused?: {
                                id: string;
                                message: string;
                            }[];
                            stored: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search subjects by name (fuzzy, any script) and filters */
        get: {
            parameters: {
                query?: {
                    category?: "FTF" | "HTF" | "HP" | "PVE" | "TC";
                    dir?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
                    owner?: string;
                    q?: string;
                    reviewDue?: "true" | "false";
                    sort?: "updatedAt" | "name" | "category" | "reviewDate" | "createdAt";
                    threatLevel?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hits: {
                                contact: {
                                    organisation: string;
                                    organisationId: string;
                                };
                                /** @enum {boolean} */
                                hit: true;
                                id?: string;
                            }[];
                            results: {
                                birthDate: string | null;
                                category: string | null;
                                createdAt: string;
                                documents: {
                                    country?: string;
                                    number: string;
                                    type: string;
                                }[];
                                flags: {
                                    restricted: boolean;
                                    reviewDue: boolean;
                                };
                                followUp: string;
                                gender: string | null;
                                id: string;
                                kind: string;
                                markings: {
                                    /** @enum {string} */
                                    classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                    /** @enum {string} */
                                    distribution: "organisation" | "organisations" | "group" | "all";
                                    groupIds: string[];
                                    /** @enum {string} */
                                    handlingCode: "H0" | "H1" | "H2" | "H3";
                                    hitNoHit: boolean;
                                    legalBasis: string;
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    purpose: string;
                                    reviewDate: string | null;
                                    sharedWith: string[];
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                };
                                matchedName: string | null;
                                names: string[];
                                nationalities: string[];
                                notes: string;
                                score: number | null;
                                threatLevel: number | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a subject */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string | null;
                        /** @enum {string|null} */
                        category?: "FTF" | "HTF" | "HP" | "PVE" | "TC" | null;
                        /** @default [] */
                        documents?: {
                            country?: string;
                            number: string;
                            type: string;
                        }[];
                        /**
                         * @default active
                         * @enum {string}
                         */
                        followUp?: "active" | "monitored" | "dormant" | "closed";
                        /** @enum {string|null} */
                        gender?: "male" | "female" | "other" | "unknown" | null;
                        /** @enum {string} */
                        kind: "person" | "organisation";
                        markings: {
                            /** @enum {string} */
                            classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            /** @enum {string} */
                            distribution: "organisation" | "organisations" | "group" | "all";
                            /** @default [] */
                            groupIds?: string[];
                            /**
                             * @default H0
                             * @enum {string}
                             */
                            handlingCode?: "H0" | "H1" | "H2" | "H3";
                            /** @default false */
                            hitNoHit?: boolean;
                            legalBasis: string;
                            purpose: string;
                            /** @default null */
                            reviewDate?: string | null;
                            /** @default [] */
                            sharedWith?: string[];
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        };
                        names: string[];
                        /** @default [] */
                        nationalities?: string[];
                        /** @default  */
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string | null;
                            category: string | null;
                            createdAt: string;
                            documents: {
                                country?: string;
                                number: string;
                                type: string;
                            }[];
                            flags: {
                                restricted: boolean;
                                reviewDue: boolean;
                            };
                            following: boolean;
                            followUp: string;
                            gender: string | null;
                            id: string;
                            kind: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            names: string[];
                            nationalities: string[];
                            notes: string;
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                            threatLevel: number | null;
                            updatedAt: string;
                            version: number;
                        } | {
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            /** @enum {boolean} */
                            hit: true;
                            id?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subject (404 when missing or refused; hit-no-hit where the policy grants it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string | null;
                            category: string | null;
                            createdAt: string;
                            documents: {
                                country?: string;
                                number: string;
                                type: string;
                            }[];
                            flags: {
                                restricted: boolean;
                                reviewDue: boolean;
                            };
                            following: boolean;
                            followUp: string;
                            gender: string | null;
                            id: string;
                            kind: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            names: string[];
                            nationalities: string[];
                            notes: string;
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                            threatLevel: number | null;
                            updatedAt: string;
                            version: number;
                        } | {
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            /** @enum {boolean} */
                            hit: true;
                            id?: string;
                        };
                    };
                };
            };
        };
        /** Replace a subject (optimistic concurrency on version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string | null;
                        /** @enum {string|null} */
                        category?: "FTF" | "HTF" | "HP" | "PVE" | "TC" | null;
                        /** @default [] */
                        documents?: {
                            country?: string;
                            number: string;
                            type: string;
                        }[];
                        /**
                         * @default active
                         * @enum {string}
                         */
                        followUp?: "active" | "monitored" | "dormant" | "closed";
                        /** @enum {string|null} */
                        gender?: "male" | "female" | "other" | "unknown" | null;
                        /** @enum {string} */
                        kind: "person" | "organisation";
                        markings: {
                            /** @enum {string} */
                            classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            /** @enum {string} */
                            distribution: "organisation" | "organisations" | "group" | "all";
                            /** @default [] */
                            groupIds?: string[];
                            /**
                             * @default H0
                             * @enum {string}
                             */
                            handlingCode?: "H0" | "H1" | "H2" | "H3";
                            /** @default false */
                            hitNoHit?: boolean;
                            legalBasis: string;
                            purpose: string;
                            /** @default null */
                            reviewDate?: string | null;
                            /** @default [] */
                            sharedWith?: string[];
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        };
                        names: string[];
                        /** @default [] */
                        nationalities?: string[];
                        /** @default  */
                        notes?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string | null;
                            category: string | null;
                            createdAt: string;
                            documents: {
                                country?: string;
                                number: string;
                                type: string;
                            }[];
                            flags: {
                                restricted: boolean;
                                reviewDue: boolean;
                            };
                            following: boolean;
                            followUp: string;
                            gender: string | null;
                            id: string;
                            kind: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            names: string[];
                            nationalities: string[];
                            notes: string;
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                            threatLevel: number | null;
                            updatedAt: string;
                            version: number;
                        } | {
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            /** @enum {boolean} */
                            hit: true;
                            id?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a subject (a tombstone remains) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Your organisation follows a subject */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            following: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Your organisation stops following a subject */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            following: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/{id}/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Links around the subject */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            edges: {
                                description: string;
                                from: string;
                                id: string;
                                to: string;
                                type: string;
                            }[];
                            nodes: {
                                category: string | null;
                                id: string;
                                kind: string;
                                label?: string;
                                threatLevel: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/{id}/offences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Classify a subject by offence: the registry's offence codes (write access; an empty list clears) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Clear a subject's offence classification (write access) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subject's reports, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            createdAt: string;
                            grade: string;
                            id: string;
                            infoCredibility: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            reportedOn: string;
                            sourceOrganisation: {
                                id: string;
                                name: string;
                            };
                            sourceReliability: string;
                            subjectIds: string[];
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a record: set its next review date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nextReviewDate: string;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string | null;
                            category: string | null;
                            createdAt: string;
                            documents: {
                                country?: string;
                                number: string;
                                type: string;
                            }[];
                            flags: {
                                restricted: boolean;
                                reviewDue: boolean;
                            };
                            following: boolean;
                            followUp: string;
                            gender: string | null;
                            id: string;
                            kind: string;
                            markings: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                ownerOrgId: string;
                                ownerOrgName: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            names: string[];
                            nationalities: string[];
                            notes: string;
                            offences: {
                                article: string;
                                code: string;
                                inForce: boolean;
                                title: string;
                            }[];
                            threatLevel: number | null;
                            updatedAt: string;
                            version: number;
                        } | {
                            contact: {
                                organisation: string;
                                organisationId: string;
                            };
                            /** @enum {boolean} */
                            hit: true;
                            id?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threat-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A target's level history, oldest first */
        get: {
            parameters: {
                query: {
                    targetKey: string;
                    targetKind: "subject" | "country" | "sector" | "event" | "place";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assessedAt: string;
                                assessor: string;
                                id: string;
                                justification: string;
                                legalBasisId: string | null;
                                legalBasisReview: boolean;
                                level: number;
                                markings: {
                                    /** @enum {string} */
                                    classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                    /** @enum {string} */
                                    distribution: "organisation" | "organisations" | "group" | "all";
                                    groupIds: string[];
                                    /** @enum {string} */
                                    handlingCode: "H0" | "H1" | "H2" | "H3";
                                    hitNoHit: boolean;
                                    legalBasis: string;
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    purpose: string;
                                    reviewDate: string | null;
                                    sharedWith: string[];
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                };
                                nextReviewDue: string;
                                targetKey: string;
                                targetKind: string;
                                targetLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Assess a threat level (OCAM 1–4) with justification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        justification: string;
                        /** Format: uuid */
                        legalBasisId?: string;
                        level: 1 | 2 | 3 | 4;
                        markings?: {
                            /** @enum {string} */
                            classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                            /** @enum {string} */
                            distribution: "organisation" | "organisations" | "group" | "all";
                            /** @default [] */
                            groupIds?: string[];
                            /**
                             * @default H0
                             * @enum {string}
                             */
                            handlingCode?: "H0" | "H1" | "H2" | "H3";
                            /** @default false */
                            hitNoHit?: boolean;
                            legalBasis: string;
                            purpose: string;
                            /** @default null */
                            reviewDate?: string | null;
                            /** @default [] */
                            sharedWith?: string[];
                            /** @enum {string} */
                            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        };
                        nextReviewDue?: string;
                        targetKey: string;
                        /** @enum {string} */
                        targetKind: "subject" | "country" | "sector" | "event" | "place";
                        targetLabel?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            justification: string;
                            legalBasisId: string;
                            level: number;
                            markings?: {
                                /** @enum {string} */
                                classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                /** @enum {string} */
                                distribution: "organisation" | "organisations" | "group" | "all";
                                groupIds: string[];
                                /** @enum {string} */
                                handlingCode: "H0" | "H1" | "H2" | "H3";
                                hitNoHit: boolean;
                                legalBasis: string;
                                purpose: string;
                                reviewDate: string | null;
                                sharedWith: string[];
                                /** @enum {string} */
                                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                            };
                            nextReviewDue: string;
                            previousLevel: number | null;
                            targetKey: string;
                            /** @enum {string} */
                            targetKind: "subject" | "country" | "sector" | "event" | "place";
                            targetLabel: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threat-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current levels: country, sectors, events, places */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assessedAt: string;
                                assessor: string;
                                id: string;
                                justification: string;
                                legalBasisId: string | null;
                                legalBasisReview: boolean;
                                level: number;
                                markings: {
                                    /** @enum {string} */
                                    classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                    /** @enum {string} */
                                    distribution: "organisation" | "organisations" | "group" | "all";
                                    groupIds: string[];
                                    /** @enum {string} */
                                    handlingCode: "H0" | "H1" | "H2" | "H3";
                                    hitNoHit: boolean;
                                    legalBasis: string;
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    purpose: string;
                                    reviewDate: string | null;
                                    sharedWith: string[];
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                };
                                nextReviewDue: string;
                                targetKey: string;
                                targetKind: string;
                                targetLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/threat-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Re-evaluations overdue or due within 14 days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assessedAt: string;
                                assessor: string;
                                id: string;
                                justification: string;
                                legalBasisId: string | null;
                                legalBasisReview: boolean;
                                level: number;
                                markings: {
                                    /** @enum {string} */
                                    classification: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                                    /** @enum {string} */
                                    distribution: "organisation" | "organisations" | "group" | "all";
                                    groupIds: string[];
                                    /** @enum {string} */
                                    handlingCode: "H0" | "H1" | "H2" | "H3";
                                    hitNoHit: boolean;
                                    legalBasis: string;
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    purpose: string;
                                    reviewDate: string | null;
                                    sharedWith: string[];
                                    /** @enum {string} */
                                    tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                                };
                                nextReviewDue: string;
                                overdue: boolean;
                                targetKey: string;
                                targetKind: string;
                                targetLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            name: string;
                            revokedAt: string | null;
                            scopes: string[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default API token */
                        name?: string;
                        /**
                         * @default [
                         *       "*"
                         *     ]
                         */
                        scopes?: (("intel" | "threat" | "screening" | "content" | "sharing" | "legal" | "prevention" | "crisis" | "cyber" | "insight" | "admin" | "audit") | "*")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            scopes: (("intel" | "threat" | "screening" | "content" | "sharing" | "legal" | "prevention" | "crisis" | "cyber" | "insight" | "admin" | "audit") | "*")[];
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes of users awaiting a second administrator */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decidable: boolean;
                            id: string;
                            new: {
                                clearance?: string;
                                orgId?: string;
                                roles?: {
                                    [key: string]: string[];
                                };
                            };
                            old: {
                                clearance?: string;
                                orgId?: string;
                                roles?: {
                                    [key: string]: string[];
                                };
                            };
                            orgId: string;
                            requestedAt: string;
                            requestedBy: {
                                id: string;
                                username: string;
                            };
                            userId: string;
                            username: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (apply) or reject a pending change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approve" | "reject";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clearance: string;
                            disabled: boolean;
                            displayName: string;
                            id: string;
                            locale: string;
                            orgId: string;
                            roles: {
                                [key: string]: string[];
                            };
                            username: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        clearance: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                        displayName: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        locale?: "en" | "nl" | "fr" | "de";
                        /** Format: uuid */
                        orgId: string;
                        password: string;
                        /** @default {} */
                        roles?: {
                            [key: string]: ("read" | "write" | "approve" | "admin" | "oversee")[];
                        };
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clearance: string;
                            displayName: string;
                            id: string;
                            locale: string;
                            orgId: string;
                            roles: {
                                [key: string]: string[];
                            };
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a user; clearance, roles and organisation wait for a second administrator (202) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        clearance?: "unclassified" | "restricted" | "confidential" | "secret" | "top_secret";
                        disabled?: boolean;
                        displayName?: string;
                        /** @enum {string} */
                        locale?: "en" | "nl" | "fr" | "de";
                        /** Format: uuid */
                        orgId?: string;
                        password?: string;
                        roles?: {
                            [key: string]: ("read" | "write" | "approve" | "admin" | "oversee")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            pendingChangeId?: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            pendingChangeId?: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/cap/alerts/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published CAP message ({id}.xml) or its detached Ed25519 signature ({id}.xml.sig) (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document itself */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cap/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of published alerts, newest first (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document itself */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cap/keys.pem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that sign published alerts (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document itself */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TAXII discovery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            api_roots: string[];
                            contact: string;
                            default: string;
                            description: string;
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/extensions/vigil-record-1.0.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vigil's STIX extension-definition and its publisher */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            objects: ({
                                id: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/extensions/vigil-record-1.0.schema.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON Schema of Vigil's STIX extension */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TAXII API root */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            max_content_length: number;
                            title: string;
                            versions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/collections/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Collections you may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            collections: {
                                can_read: boolean;
                                can_write: boolean;
                                description: string;
                                id: string;
                                media_types: string[];
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/collections/{cid}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A collection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can_read: boolean;
                            can_write: boolean;
                            description: string;
                            id: string;
                            media_types: string[];
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/collections/{cid}/manifest/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Manifest of a collection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            more: boolean;
                            next?: string;
                            objects: {
                                date_added: string;
                                id: string;
                                media_type: string;
                                version: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/collections/{cid}/objects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Objects of a collection (limit, next, added_after, match[…]) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            more: boolean;
                            next?: string;
                            objects: ({
                                id: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add objects (answers a status resource) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            failure_count: number;
                            failures: {
                                id: string;
                                message?: string;
                                version: string;
                            }[];
                            id: string;
                            pending_count: number;
                            pendings: {
                                id: string;
                                message?: string;
                                version: string;
                            }[];
                            request_timestamp: string;
                            status: string;
                            success_count: number;
                            successes: {
                                id: string;
                                message?: string;
                                version: string;
                            }[];
                            total_count: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/collections/{cid}/objects/{oid}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An object (its versions per match[version]) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cid: string;
                    oid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            more: boolean;
                            next?: string;
                            objects: ({
                                id: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/collections/{cid}/objects/{oid}/versions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions of an object */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cid: string;
                    oid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            more: boolean;
                            next?: string;
                            versions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxii2/vigil/status/{sid}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a POST */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            failure_count: number;
                            failures: {
                                id: string;
                                message?: string;
                                version: string;
                            }[];
                            id: string;
                            pending_count: number;
                            pendings: {
                                id: string;
                                message?: string;
                                version: string;
                            }[];
                            request_timestamp: string;
                            status: string;
                            success_count: number;
                            successes: {
                                id: string;
                                message?: string;
                                version: string;
                            }[];
                            total_count: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-app/icon-192.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training app icon, 192 px (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file itself */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-app/icon-512.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training app icon, 512 px (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file itself */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-app/manifest.webmanifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Web manifest of the training app (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file itself */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-app/sw.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service worker of the training pages (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file itself */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
