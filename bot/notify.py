"""Telling an LIO that a new handoff is waiting: an email with a link, never the transcript."""
from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from bot import settings
from bot.db import Handoff

logger = logging.getLogger(__name__)


def new_handoff_email(handoff: Handoff, lio_name: str, to: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"New conversation handed to {lio_name} ({handoff.reference})"
    msg["From"] = settings.MAIL_FROM
    msg["To"] = to
    msg.set_content(
        f"A person has asked the community advice assistant to put them in touch with {lio_name}, "
        f"and agreed to share their conversation.\n\n"
        f"Reference: {handoff.reference}\n"
        f"Read it here (sign-in needed): {settings.STAFF_BASE_URL}/handoffs/{handoff.reference}\n\n"
        "For their privacy this email does not contain the conversation.\n"
    )
    return msg


def notify_new_handoff(handoff: Handoff, lio_name: str, to: str | None) -> bool:
    """Send the notice if the LIO has an address and SMTP is configured; never raise."""
    if not to:
        return False
    if not settings.SMTP_HOST:
        logger.info("SMTP_HOST not set: would notify %s of %s", to, handoff.reference)
        return False
    try:
        with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=10) as smtp:
            if settings.SMTP_STARTTLS:
                smtp.starttls()
            if settings.SMTP_USER:
                smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
            smtp.send_message(new_handoff_email(handoff, lio_name, to))
        return True
    except (OSError, smtplib.SMTPException):
        logger.exception("Could not send the new-handoff notice for %s", handoff.reference)
        return False
