import { describe, expect, it } from "vitest";
import { ask } from "../support/assistant.ts";

/**
 * French and Spanish request commands as staff type them: the user's own requests asked as a
 * question, HR's queue described, a request named in words withdrawn or sent again, a new request
 * asked politely after saying what for. None acts: the confirmed ones are only proposed.
 */
describe("French and Spanish commands reach their intent", () => {
  it.each([
    ["qu'est-ce que j'ai demandé ?", "my_requests"],
    ["quelles demandes j'ai envoyées ?", "my_requests"],
    ["¿qué solicitudes tengo?", "my_requests"],
    ["quelles demandes dois-je traiter ?", "hr_pending"],
    ["demandes à valider", "hr_pending"],
    ["les demandes pas encore traitées", "hr_pending"],
    ["ver las solicitudes sin tramitar", "hr_pending"],
    ["j'ai besoin de soumettre qqch aux RH, quelles sont les options ?", "request_menu"],
    ["passer à mi-temps à partir de septembre stp", "submit:flexible-work"],
    ["would it be possible to enrol in an Excel course through L&D?", "submit:learning"],
    ["¿sería posible inscribirme en un curso de gestión de proyectos?", "submit:learning"],
    [
      "quiero iniciar el proceso de selección para el puesto de mi asistente que se jubila",
      "submit:early-recruitment",
    ],
  ])("%s → %s", async (text, intent) => {
    const { reply } = await ask(text);
    expect(reply.intent).toBe(intent);
  });

  it.each([
    ["retrait de ma demande de revue de description de poste", "request_withdraw"],
    ["retiro de la solicitud de revisión de descripción de puesto", "request_withdraw"],
    ["resoumettre ma demande de formation avec le programme", "request_resubmit"],
    ["volver a enviar mi solicitud de formación con el presupuesto", "request_resubmit"],
  ])("%s → %s (one's own request named in words)", async (text, intent) => {
    const { reply } = await ask(text);
    expect(reply.intent).toBe(intent);
  });

  it("a polite request after a clause opens the form: « …, pouvez-vous enregistrer ma demande ? »", async () => {
    const { reply } = await ask(
      "Je voudrais suivre une formation en gestion de projet, pouvez-vous enregistrer ma demande ?",
    );
    expect(reply.intent).toBe("submit:learning");
    const es = await ask("Quisiera asistir a un taller de negociación, ¿pueden registrar mi solicitud?");
    expect(es.reply.intent).toBe("submit:learning");
  });

  it("a bare decision is still a decision (asked which request): « approuver »", async () => {
    expect((await ask("approuver")).reply.intent).toBe("hr_decide");
    expect((await ask("aprobar")).reply.intent).toBe("hr_decide");
  });

  it("a question about applications in the strategy is no list of requests", async () => {
    const { reply } = await ask("¿cuántas solicitudes de empleo se recibieron?");
    expect(reply.intent).not.toBe("my_requests");
    expect(reply.intent).not.toBe("hr_pending");
  });
});
