"""Core of the community advice assistant: knowledge, answering, geography, handoffs, storage."""
