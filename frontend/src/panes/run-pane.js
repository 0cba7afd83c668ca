// The run view: registers r0-r10 (stack, packet and maps follow once the interpreter is plugged in).
// Until then every value shows "-": nothing here pretends to have run.
export function setupRunPane(tbody) {
  for (let i = 0; i <= 10; i++) {
    const tr = document.createElement("tr");
    const reg = document.createElement("td");
    reg.textContent = `r${i}`;
    const val = document.createElement("td");
    val.textContent = "-";
    val.id = `reg-r${i}`;
    tr.append(reg, val);
    tbody.appendChild(tr);
  }
}
