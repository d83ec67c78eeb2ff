// The <civic-quiz> custom element (built to /widget.js). Placeholder until the embed issue lands.
export {}
