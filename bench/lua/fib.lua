-- Recursion and integer arithmetic: naive Fibonacci, and Ackermann.
-- Argument: scale in percent (default 100).
local scale = tonumber(arg and arg[1]) or 100

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end

local sum = 0
for _ = 1, math.max(1, 4 * scale // 100) do
  sum = sum + fib(24) + ack(2, 300)
end
print("checksum: " .. sum)
