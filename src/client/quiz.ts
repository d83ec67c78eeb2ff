// Progressive enhancement of the quiz page (built to /static/quiz.js). Placeholder until the web issue lands.
export {}
